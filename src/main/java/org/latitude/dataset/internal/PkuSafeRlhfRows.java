package org.latitude.dataset.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PKU-SafeRLHF rows ({@code prompt, response_0, response_1}, the safety fields {@code is_response_N_safe},
 * {@code response_N_severity_level}, {@code response_N_harm_category}, and the preferences {@code better_response_id}
 * and {@code safer_response_id}) as pairs with A = response_0 and B = response_1. The safety fields and preferences
 * become the reference judgment {@value #JUDGMENT} (preferences as A / B); other fields become metadata. The id is the
 * row's {@code id} if it has one, else its 0-based line index.
 */
final class PkuSafeRlhfRows implements RowMapper {

    static final String JUDGMENT = "pku-saferlhf";
    private static final Set<String> USED = Set.of("id", "prompt", "response_0", "response_1", "is_response_0_safe",
            "is_response_1_safe", "response_0_severity_level", "response_1_severity_level",
            "response_0_harm_category", "response_1_harm_category", "better_response_id", "safer_response_id");

    private final JsonMapper json;

    PkuSafeRlhfRows(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ParsedItem map(long line, ObjectNode row, List<String> problems) {
        RowFields f = new RowFields(row, problems);
        String id = f.id(Long.toString(line - 1));
        String prompt = f.content("prompt");
        String a = f.content("response_0");
        String b = f.content("response_1");
        List<ReferenceLabel> labels = new ArrayList<>();
        for (String side : List.of("0", "1")) {
            String name = "0".equals(side) ? "response_a" : "response_b";
            bool(row, f, "is_response_" + side + "_safe", name + "_safe", labels);
            String severity = f.label("response_" + side + "_severity_level");
            if (severity != null) {
                labels.add(new ReferenceLabel(JUDGMENT, name + "_severity", severity));
            }
            harmCategories(row, f, "response_" + side + "_harm_category", name + "_harm_category", labels);
        }
        choice(row, f, "better_response_id", "better_response", labels);
        choice(row, f, "safer_response_id", "safer_response", labels);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("response_a", "response_0");
        notes.put("response_b", "response_1");
        String metadata = f.metadata(json, USED, notes);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ParsedItem(line, id, ItemKind.PAIR, List.of(new Turn(TurnRole.USER, prompt)), a, b, metadata,
                labels);
    }

    private static void bool(ObjectNode row, RowFields f, String field, String label, List<ReferenceLabel> labels) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isBoolean()) {
            f.problem("'" + field + "' must be true or false");
        } else {
            labels.add(new ReferenceLabel(JUDGMENT, label, Boolean.toString(node.booleanValue())));
        }
    }

    private static void choice(ObjectNode row, RowFields f, String field, String label, List<ReferenceLabel> labels) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isIntegralNumber() || node.intValue() < 0 || node.intValue() > 1) {
            f.problem("'" + field + "' must be 0 or 1");
        } else {
            labels.add(new ReferenceLabel(JUDGMENT, label, node.intValue() == 0 ? "A" : "B"));
        }
    }

    /** {@code {"Privacy Violation": true, "Insulting Behavior": false, …}}: one label per category marked true. */
    private static void harmCategories(ObjectNode row, RowFields f, String field, String label,
                                       List<ReferenceLabel> labels) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            f.problem("'" + field + "' must be an object of category: true/false");
            return;
        }
        for (var entry : node.properties()) {
            if (!entry.getValue().isBoolean()) {
                f.problem("'" + field + "' must be an object of category: true/false");
                return;
            }
            if (entry.getValue().booleanValue() && entry.getKey().length() <= 1000
                    && f.checked(entry.getKey(), field)) {
                labels.add(new ReferenceLabel(JUDGMENT, label, entry.getKey()));
            }
        }
    }
}
