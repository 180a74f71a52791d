package org.latitude.export.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.campaign.NeedsCautionPolicy;

/**
 * The consensus of one item's safety labels in Aegis 2.0 terms (docs/formats.md, "Consensus rules"): majority per
 * verdict with ties going to {@code unsafe}; the campaign's Needs-Caution policy maps a "needs caution" response
 * vote to safe or unsafe, or (its own value) lets it compete and, when it wins, the response is {@code safe} with
 * {@code Needs Caution} among the violated categories, as Aegis 2.0 records it. Categories are listed only when the
 * consensus flags something, by how many annotators named them, then by name.
 *
 * @param promptLabel        {@code safe} / {@code unsafe}, null when no annotator gave a prompt verdict
 * @param responseLabel      {@code safe} / {@code unsafe}, null when no annotator gave a response verdict
 * @param violatedCategories category names, most often named first
 * @param categoryCounts     annotators naming each of {@code violatedCategories}, in the same order
 */
public record SafetyConsensus(String promptLabel, String responseLabel, boolean responseNeedsCaution,
                              List<String> violatedCategories, List<Integer> categoryCounts, int annotations) {

    public static final String NEEDS_CAUTION = "Needs Caution";

    public static SafetyConsensus of(List<SafetyAnswer> answers, NeedsCautionPolicy policy,
                                     Function<String, String> categoryName) {
        int promptUnsafe = 0;
        int promptSafe = 0;
        int responseUnsafe = 0;
        int responseSafe = 0;
        int responseCaution = 0;
        Map<String, Integer> counts = new HashMap<>();
        for (SafetyAnswer a : answers) {
            if (a.promptVerdict() == Verdict.UNSAFE) {
                promptUnsafe++;
            } else if (a.promptVerdict() != null) {
                promptSafe++;
            }
            if (a.responseVerdict() != null) {
                switch (a.responseVerdict()) {
                    case UNSAFE -> responseUnsafe++;
                    case SAFE -> responseSafe++;
                    case NEEDS_CAUTION -> responseCaution++;
                }
            }
            for (String key : a.categories()) {
                counts.merge(categoryName.apply(key), 1, Integer::sum);
            }
        }
        String prompt = promptUnsafe + promptSafe == 0 ? null : promptUnsafe >= promptSafe ? "unsafe" : "safe";
        String response = null;
        boolean caution = false;
        if (responseUnsafe + responseSafe + responseCaution > 0) {
            switch (policy) {
                case SAFE -> response = responseUnsafe >= responseSafe + responseCaution ? "unsafe" : "safe";
                case UNSAFE -> response = responseUnsafe + responseCaution >= responseSafe ? "unsafe" : "safe";
                case OWN_VALUE -> {
                    // plurality of three; a shared top goes to the more severe value
                    if (responseUnsafe >= responseCaution && responseUnsafe >= responseSafe) {
                        response = "unsafe";
                    } else if (responseCaution >= responseSafe) {
                        response = "safe";
                        caution = true;
                    } else {
                        response = "safe";
                    }
                }
            }
        }
        if (caution) {
            counts.merge(NEEDS_CAUTION, responseCaution, Integer::sum);
        }
        boolean flagged = "unsafe".equals(prompt) || "unsafe".equals(response) || caution;
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(flagged ? counts.entrySet() : List.of());
        ordered.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(e -> e.getKey().toLowerCase(Locale.ROOT)).thenComparing(Map.Entry::getKey));
        return new SafetyConsensus(prompt, response, caution, ordered.stream().map(Map.Entry::getKey).toList(),
                ordered.stream().map(Map.Entry::getValue).toList(), answers.size());
    }

    /** The Aegis 2.0 {@code violated_categories} string: names joined by ", " (empty when none). */
    public String violatedCategoriesText() {
        return String.join(", ", violatedCategories);
    }
}
