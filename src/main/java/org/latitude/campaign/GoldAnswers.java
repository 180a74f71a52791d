package org.latitude.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shape of a gold answer, per task: safety labels {@code {"prompt": "safe|unsafe", "response":
 * "safe|unsafe|needs_caution", "categories": ["key", …]}} (response and categories optional); pairwise
 * {@code {"preference": "A|B|TIE"}}. Category keys are checked against the taxonomy when answers are scored.
 */
final class GoldAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GoldAnswers() {
    }

    static List<String> problems(CampaignTask task, GoldItem gold) {
        String where = "Gold item " + gold.itemId() + ": ";
        JsonNode answer;
        try {
            answer = JSON.readTree(gold.answer() == null ? "" : gold.answer());
        } catch (JacksonException e) {
            return List.of(where + "the answer is not valid JSON.");
        }
        if (answer == null || !answer.isObject()) {
            return List.of(where + "the answer must be a JSON object.");
        }
        return switch (task) {
            case SafetyLabelTask t -> safetyProblems(where, answer);
            case PairwisePreferenceTask t -> pairwiseProblems(where, answer);
        };
    }

    private static List<String> pairwiseProblems(String where, JsonNode answer) {
        if (!Set.of("A", "B", "TIE").contains(answer.path("preference").asString(""))) {
            return List.of(where + "\"preference\" must be \"A\", \"B\" or \"TIE\".");
        }
        return List.of();
    }

    private static List<String> safetyProblems(String where, JsonNode answer) {
        List<String> problems = new ArrayList<>();
        if (!Set.of("safe", "unsafe").contains(answer.path("prompt").asString(""))) {
            problems.add(where + "\"prompt\" must be \"safe\" or \"unsafe\".");
        }
        JsonNode response = answer.get("response");
        if (response != null && !response.isNull()
                && !Set.of("safe", "unsafe", "needs_caution").contains(response.asString(""))) {
            problems.add(where + "\"response\" must be \"safe\", \"unsafe\" or \"needs_caution\".");
        }
        JsonNode categories = answer.get("categories");
        if (categories != null && !categories.isNull() && !categories.isArray()) {
            problems.add(where + "\"categories\" must be an array of category keys.");
        }
        return problems;
    }
}
