package org.latitude.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.latitude.shared.FieldProblem;

/**
 * Validation of campaign settings: what a draft may hold, and what activation additionally needs. The one rule object
 * of both the service and the settings form (which checks before sending and shows each problem on its field); each
 * problem names its {@link CampaignSettings} component, or {@link #TAXONOMY} / {@link #PRINCIPLES} for the task's
 * own choice and {@code wellbeing.*} for the exposure controls.
 */
public final class CampaignRules {

    /** The field of a safety-label task's taxonomy version. */
    public static final String TAXONOMY = "task.taxonomyVersionId";
    /** The field of a pairwise task's principle set. */
    public static final String PRINCIPLES = "task.principleSetId";
    /** The fields of the exposure controls ({@link Wellbeing}). */
    public static final String OPT_OUTS = "wellbeing.optOutCategories";
    public static final String CAP = "wellbeing.dailyCategoryCap";
    public static final String ENFORCED_BREAK = "wellbeing.enforcedBreakMinutes";
    public static final String BREAK_LENGTH = "wellbeing.breakLengthMinutes";
    public static final String NOTICE_SOURCE = "wellbeing.noticeSource";

    private CampaignRules() {
    }

    /** What any saved settings must satisfy. */
    public static List<FieldProblem> problems(CampaignSettings s) {
        Problems problems = new Problems();
        if (s.name() == null || s.name().isBlank()) {
            problems.add("name", "The campaign needs a name.");
        } else if (s.name().strip().length() > 200) {
            problems.add("name", "The name must have at most 200 characters.");
        }
        if (s.description() != null && s.description().length() > 4000) {
            problems.add("description", "The description must have at most 4,000 characters.");
        }
        if (s.guidelines() != null && s.guidelines().length() > 200_000) {
            problems.add("guidelines", "The guidelines must have at most 200,000 characters.");
        }
        if (s.task() == null) {
            problems.add("task", "Choose a task type.");
        }
        if (s.overlap() < 1 || s.overlap() > 50) {
            problems.add("overlap", "The overlap (annotators per item) must be between 1 and 50.");
        }
        if (s.leaseMinutes() < 1 || s.leaseMinutes() > 1440) {
            problems.add("leaseMinutes", "The lease time-out must be between 1 and 1,440 minutes.");
        }
        if (s.dailyQuota() != null && s.dailyQuota() < 1) {
            problems.add("dailyQuota", "A daily quota must be at least 1 (leave it empty for none).");
        }
        if (s.goldRatePercent() < 0 || s.goldRatePercent() > 50) {
            problems.add("goldRatePercent", "The gold rate must be between 0 and 50 %.");
        }
        if (s.breakReminderMinutes() != null && (s.breakReminderMinutes() < 5 || s.breakReminderMinutes() > 600)) {
            problems.add("breakReminderMinutes",
                    "The break reminder must be between 5 and 600 minutes (leave it empty for none).");
        }
        if (s.needsCautionPolicy() == null) {
            problems.add("needsCautionPolicy", "Choose a Needs-Caution policy.");
        }
        wellbeing(s, problems);
        return problems.list;
    }

    /** The exposure controls: each problem names its {@link Wellbeing} component under {@code wellbeing.}. */
    private static void wellbeing(CampaignSettings s, Problems problems) {
        Wellbeing w = s.wellbeing();
        if (w.dailyCategoryCap() != null && (w.dailyCategoryCap() < 1 || w.dailyCategoryCap() > 10_000)) {
            problems.add(CAP, "The daily cap per sensitive category must be between 1 and 10,000 items (leave it "
                    + "empty for none).");
        }
        if (w.dailyCategoryCap() != null && s.sensitiveCategories().isEmpty()) {
            problems.add(CAP, "A daily cap counts items of the sensitive categories: choose at least one sensitive "
                    + "category.");
        }
        if (w.enforcedBreakMinutes() != null && (w.enforcedBreakMinutes() < 5 || w.enforcedBreakMinutes() > 600)) {
            problems.add(ENFORCED_BREAK, "An enforced break must come after 5 to 600 minutes of work (leave it "
                    + "empty for none).");
        }
        if (w.breakLengthMinutes() < 1 || w.breakLengthMinutes() > 120) {
            problems.add(BREAK_LENGTH, "A break must last between 1 and 120 minutes.");
        }
        if (w.noticeSource() == null) {
            problems.add(NOTICE_SOURCE, "Choose where content notices come from.");
        }
        w.optOutCategories().stream().filter(k -> !s.sensitiveCategories().contains(k)).sorted().forEach(k ->
                problems.add(OPT_OUTS, "Annotators may opt out of sensitive categories only; '" + k
                        + "' is not one of the campaign's sensitive categories."));
    }

    /** What starting the campaign additionally needs. */
    public static List<FieldProblem> activationProblems(CampaignSettings s) {
        Problems problems = new Problems();
        problems.list.addAll(problems(s));
        if (s.task() instanceof SafetyLabelTask t && t.taxonomyVersionId() == null) {
            problems.add(TAXONOMY, "A safety-label campaign needs a taxonomy version.");
        }
        if (s.task() instanceof PairwisePreferenceTask t && t.principleSetId() == null) {
            problems.add(PRINCIPLES, "A pairwise campaign needs a principle set.");
        }
        if (s.datasetIds().isEmpty()) {
            problems.add("datasetIds", "Add at least one dataset.");
        }
        return problems.list;
    }

    /** Settings that define the work cannot change once it has started; the overlap can only grow. */
    public static List<FieldProblem> frozenChanges(CampaignSettings before, CampaignSettings after) {
        Problems problems = new Problems();
        if (before.task().type() != after.task().type()) {
            problems.add("task", "The task type cannot change once the campaign has started.");
        } else if (!before.task().equals(after.task())) {
            switch (before.task()) {
                case SafetyLabelTask t -> problems.add(TAXONOMY,
                        "The taxonomy version cannot change once the campaign has started.");
                case PairwisePreferenceTask t -> problems.add(PRINCIPLES,
                        "The principle set cannot change once the campaign has started.");
            }
        }
        if (!new HashSet<>(before.datasetIds()).equals(new HashSet<>(after.datasetIds()))) {
            problems.add("datasetIds", "The datasets cannot change once the campaign has started.");
        }
        if (after.overlap() < before.overlap()) {
            problems.add("overlap", "The overlap cannot shrink once the campaign has started (items may already have "
                    + before.overlap() + " annotations).");
        }
        return problems.list;
    }

    private static final class Problems {
        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(FieldProblem.of(field, message));
        }
    }
}
