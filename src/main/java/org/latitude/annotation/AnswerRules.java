package org.latitude.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What makes an answer acceptable. The service is the authority (it refuses with these messages and stores nothing);
 * the workspace form asks the same rules first so the annotator sees the message without a round trip to storage.
 * <ul>
 *   <li>prompt verdict required, safe or unsafe (never "needs caution");</li>
 *   <li>response verdict required exactly when the item has a response;</li>
 *   <li>at least one category when a verdict is unsafe; none when every verdict is safe; when the only non-safe
 *       verdict is "needs caution", categories are optional (a caution may or may not name a hazard);</li>
 *   <li>categories from the campaign's taxonomy version only; confidence 1–5 or empty; rationale ≤ 4,000 characters.</li>
 * </ul>
 */
public final class AnswerRules {

    public static final int MAX_RATIONALE = 4000;
    static final int MAX_CATEGORY_TEXT = 4000;

    private AnswerRules() {
    }

    /** Problems with a safety label, in the order the form shows its fields; empty when acceptable. */
    public static List<String> problems(SafetyAnswer a, boolean hasResponse, Set<String> categoryKeys) {
        List<String> problems = new ArrayList<>();
        if (a.promptVerdict() == null) {
            problems.add("Choose a verdict for the prompt: safe or unsafe.");
        } else if (a.promptVerdict() == Verdict.NEEDS_CAUTION) {
            problems.add("\"Needs caution\" is a verdict for the response only; the prompt is safe or unsafe.");
        }
        if (hasResponse && a.responseVerdict() == null) {
            problems.add("Choose a verdict for the response: safe, unsafe or needs caution.");
        } else if (!hasResponse && a.responseVerdict() != null) {
            problems.add("This item has no response, so it takes no response verdict.");
        }
        if (a.anyUnsafe() && a.categories().isEmpty()) {
            problems.add("Choose at least one violated category: a verdict is unsafe.");
        }
        if (allSafe(a, hasResponse) && !a.categories().isEmpty()) {
            problems.add("Remove the categories or change a verdict: both verdicts are safe, so nothing is violated.");
        }
        List<String> unknown = a.categories().stream().filter(k -> !categoryKeys.contains(k)).toList();
        if (!unknown.isEmpty()) {
            problems.add("Not a category of this campaign's taxonomy: " + String.join(", ", unknown) + ".");
        }
        if (String.join("|", a.categories()).length() > MAX_CATEGORY_TEXT) {
            problems.add("Too many categories for one answer.");
        }
        if (a.confidence() != null && (a.confidence() < 1 || a.confidence() > 5)) {
            problems.add("Confidence is 1 (guessing) to 5 (certain), or left empty.");
        }
        rationale(a.rationale(), problems);
        return problems;
    }

    /** Problems with a pairwise preference; empty when acceptable. */
    public static List<String> problems(PairwiseAnswer a) {
        List<String> problems = new ArrayList<>();
        if (a.preference() == null) {
            problems.add("Choose which response is better, or a tie.");
        }
        rationale(a.rationale(), problems);
        return problems;
    }

    private static boolean allSafe(SafetyAnswer a, boolean hasResponse) {
        return a.promptVerdict() == Verdict.SAFE && (!hasResponse || a.responseVerdict() == Verdict.SAFE);
    }

    private static void rationale(String rationale, List<String> problems) {
        if (rationale != null && rationale.length() > MAX_RATIONALE) {
            problems.add("The rationale is " + rationale.length() + " characters long; at most " + MAX_RATIONALE
                    + " are kept. Please shorten it.");
        }
    }
}
