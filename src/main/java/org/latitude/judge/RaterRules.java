package org.latitude.judge;

import java.util.ArrayList;
import java.util.List;

/** What makes a model rater's description valid; the import form and the services use the same rules. */
public final class RaterRules {

    private RaterRules() {
    }

    public static List<String> problems(RaterSpec spec) {
        List<String> problems = new ArrayList<>();
        if (spec == null) {
            return List.of("The model rater is missing.");
        }
        required(problems, spec.name(), "name", 200);
        required(problems, spec.modelVersion(), "model version", 200);
        required(problems, spec.provider(), "provider", 200);
        required(problems, spec.promptTemplate(), "prompt template", 200);
        required(problems, spec.promptTemplateVersion(), "prompt template version", 50);
        if (spec.decoding() != null && spec.decoding().length() > 2000) {
            problems.add("The decoding settings are longer than 2,000 characters.");
        }
        Ensemble e = spec.ensemble();
        if (e != null) {
            if (e.members().size() < 2 || e.members().stream().anyMatch(m -> m == null || m.isBlank())) {
                problems.add("An ensemble names at least two members.");
            }
            if (e.tiePolicy() == null) {
                problems.add("An ensemble states its tie policy.");
            }
            if (e.minValidVotes() < 1 || e.minValidVotes() > e.members().size()) {
                problems.add("The minimum of valid votes is between 1 and the number of members.");
            }
        }
        return problems;
    }

    private static void required(List<String> problems, String value, String what, int max) {
        if (value == null || value.isBlank()) {
            problems.add("The model rater's " + what + " is required.");
        } else if (value.length() > max) {
            problems.add("The model rater's " + what + " is longer than " + max + " characters.");
        }
    }
}
