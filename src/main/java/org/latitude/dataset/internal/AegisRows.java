package org.latitude.dataset.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Aegis 2.0 rows ({@code id, prompt, response, prompt_label, response_label, violated_categories,
 * prompt_label_source, response_label_source}, as in the Aegis 2.0 dataset card): an exchange of the prompt and, when
 * present, the response. The row's labels become the reference judgment {@value #JUDGMENT} (never annotations), with
 * each violated category resolved to its key in the stored Aegis 2.0 taxonomy; other fields become metadata.
 */
final class AegisRows implements RowMapper {

    static final String JUDGMENT = "aegis-2.0";
    private static final Set<String> USED = Set.of("id", "prompt", "response", "prompt_label", "response_label",
            "violated_categories", "prompt_label_source", "response_label_source");
    private static final Set<String> VERDICTS = Set.of("safe", "unsafe");

    private final JsonMapper json;
    private final CategoryResolver categories;

    AegisRows(JsonMapper json, CategoryResolver categories) {
        this.json = json;
        this.categories = categories;
    }

    @Override
    public ParsedItem map(long line, ObjectNode row, List<String> problems) {
        RowFields f = new RowFields(row, problems);
        String id = f.id(null);
        List<Turn> turns = new ArrayList<>();
        String prompt = f.content("prompt");
        String response = f.optionalContent("response", false);
        if (prompt != null) {
            turns.add(new Turn(TurnRole.USER, prompt));
        }
        if (response != null) {
            turns.add(new Turn(TurnRole.ASSISTANT, response));
        }
        List<ReferenceLabel> labels = new ArrayList<>();
        if (!f.has("prompt_label")) {
            f.problem("missing field 'prompt_label'");
        }
        verdict(f, "prompt_label", labels);
        verdict(f, "response_label", labels);
        categories(f, labels);
        for (String source : List.of("prompt_label_source", "response_label_source")) {
            String value = f.label(source);
            if (value != null) {
                labels.add(new ReferenceLabel(JUDGMENT, source, value));
            }
        }
        String metadata = f.metadata(json, USED, Map.of());
        if (!problems.isEmpty()) {
            return null;
        }
        return new ParsedItem(line, id, ItemKind.EXCHANGE, turns, null, null, metadata, labels);
    }

    private static void verdict(RowFields f, String field, List<ReferenceLabel> labels) {
        String value = f.label(field);
        if (value == null) {
            return;
        }
        String verdict = value.strip().toLowerCase(Locale.ROOT);
        if (!VERDICTS.contains(verdict)) {
            f.problem("'" + field + "' must be safe or unsafe, not '" + RowFields.shorten(value) + "'");
        } else {
            labels.add(new ReferenceLabel(JUDGMENT, field, verdict));
        }
    }

    private void categories(RowFields f, List<ReferenceLabel> labels) {
        String value = f.label("violated_categories");
        if (value == null || value.isBlank()) {
            return;
        }
        for (String name : value.split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            var match = categories.resolve(trimmed);
            if (match.isEmpty()) {
                f.problem("unknown Aegis 2.0 category '" + RowFields.shorten(trimmed) + "' in 'violated_categories'");
            } else if (labels.stream().noneMatch(l -> l.value().equals(match.get().key()))) {
                labels.add(new ReferenceLabel(JUDGMENT, match.get().field(), match.get().key()));
            }
        }
    }
}
