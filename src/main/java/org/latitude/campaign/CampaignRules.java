package org.latitude.campaign;

import java.util.ArrayList;
import java.util.List;

/** Validation of campaign settings: what a draft may hold, and what activation additionally needs. */
final class CampaignRules {

    private CampaignRules() {
    }

    static List<String> problems(CampaignSettings s) {
        List<String> problems = new ArrayList<>();
        if (s.name() == null || s.name().isBlank()) {
            problems.add("The campaign needs a name.");
        } else if (s.name().strip().length() > 200) {
            problems.add("The name must have at most 200 characters.");
        }
        if (s.description() != null && s.description().length() > 4000) {
            problems.add("The description must have at most 4,000 characters.");
        }
        if (s.guidelines() != null && s.guidelines().length() > 200_000) {
            problems.add("The guidelines must have at most 200,000 characters.");
        }
        if (s.task() == null) {
            problems.add("Choose a task type.");
        }
        if (s.overlap() < 1 || s.overlap() > 50) {
            problems.add("The overlap (annotators per item) must be between 1 and 50.");
        }
        if (s.leaseMinutes() < 1 || s.leaseMinutes() > 1440) {
            problems.add("The lease time-out must be between 1 and 1,440 minutes.");
        }
        if (s.dailyQuota() != null && s.dailyQuota() < 1) {
            problems.add("A daily quota must be at least 1 (leave it empty for none).");
        }
        if (s.goldRatePercent() < 0 || s.goldRatePercent() > 50) {
            problems.add("The gold rate must be between 0 and 50 %.");
        }
        if (s.breakReminderMinutes() != null && (s.breakReminderMinutes() < 5 || s.breakReminderMinutes() > 600)) {
            problems.add("The break reminder must be between 5 and 600 minutes (leave it empty for none).");
        }
        if (s.needsCautionPolicy() == null) {
            problems.add("Choose a Needs-Caution policy.");
        }
        return problems;
    }

    static List<String> activationProblems(CampaignSettings s) {
        List<String> problems = new ArrayList<>(problems(s));
        if (s.task() instanceof SafetyLabelTask t && t.taxonomyVersionId() == null) {
            problems.add("A safety-label campaign needs a taxonomy version.");
        }
        if (s.task() instanceof PairwisePreferenceTask t && t.principleSetId() == null) {
            problems.add("A pairwise campaign needs a principle set.");
        }
        if (s.datasetIds().isEmpty()) {
            problems.add("Add at least one dataset.");
        }
        return problems;
    }

    /** Settings that define the work cannot change once it has started; the overlap can only grow. */
    static List<String> frozenChanges(CampaignSettings before, CampaignSettings after) {
        List<String> problems = new ArrayList<>();
        if (before.task().type() != after.task().type()) {
            problems.add("The task type cannot change once the campaign has started.");
        } else if (!before.task().equals(after.task())) {
            problems.add(switch (before.task()) {
                case SafetyLabelTask t -> "The taxonomy version cannot change once the campaign has started.";
                case PairwisePreferenceTask t -> "The principle set cannot change once the campaign has started.";
            });
        }
        if (!new java.util.HashSet<>(before.datasetIds()).equals(new java.util.HashSet<>(after.datasetIds()))) {
            problems.add("The datasets cannot change once the campaign has started.");
        }
        if (after.overlap() < before.overlap()) {
            problems.add("The overlap cannot shrink once the campaign has started (items may already have "
                    + before.overlap() + " annotations).");
        }
        return problems;
    }
}
