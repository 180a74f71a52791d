package org.latitude.dataset.internal;

import java.util.ArrayList;
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
 * The OpenAI moderation evaluation samples ({@code {"prompt", "S", "H", "V", "HR", "SH", "S3", "H2", "V2"}}, Markov et
 * al. 2022): a prompt-only exchange per line. Each flag is 0 or 1, and a missing flag means "not labelled" (the
 * release's README), which is not the same as 0. A flag of 1 becomes a {@code category} label of the reference
 * judgment {@value #JUDGMENT}, resolved through the aliases of the stored OpenAI moderation taxonomy (S → sexual,
 * H2 → hate_threatening, …); a row with all eight flags present and 0 gets the verdict label {@code not_flagged}.
 * The flags a row lacks are kept in its metadata as {@code "unlabelled"}, so "unknown" is never read as "no".
 */
final class OpenAiModerationRows implements RowMapper {

    static final String JUDGMENT = "openai-moderation";
    static final List<String> FLAGS = List.of("S", "H", "V", "HR", "SH", "S3", "H2", "V2");
    private static final Set<String> USED = Set.of("id", "prompt", "S", "H", "V", "HR", "SH", "S3", "H2", "V2");

    private final JsonMapper json;
    private final CategoryResolver categories;

    OpenAiModerationRows(JsonMapper json, CategoryResolver categories) {
        this.json = json;
        this.categories = categories;
    }

    @Override
    public ParsedItem map(long line, ObjectNode row, List<String> problems) {
        RowFields f = new RowFields(row, problems);
        String id = f.id(null);
        String prompt = f.content("prompt");
        List<ReferenceLabel> labels = new ArrayList<>();
        List<String> unlabelled = new ArrayList<>();
        boolean anyFlagged = false;
        for (String flag : FLAGS) {
            JsonNode node = row.get(flag);
            if (node == null || node.isNull()) {
                unlabelled.add(flag);
                continue;
            }
            Boolean flagged = flag(node);
            if (flagged == null) {
                f.problem("'" + flag + "' must be 0 or 1 (leave it out when unknown), not "
                        + RowFields.shorten(node.toString()));
            } else if (flagged) {
                anyFlagged = true;
                var match = categories.resolve(flag);
                if (match.isEmpty()) {
                    f.problem("the flag '" + flag + "' matches no category of the stored OpenAI moderation taxonomy");
                } else {
                    labels.add(new ReferenceLabel(JUDGMENT, match.get().field(), match.get().key()));
                }
            }
        }
        if (unlabelled.size() == FLAGS.size()) {
            f.problem("none of the flags " + String.join(", ", FLAGS) + " is present");
        } else if (!anyFlagged && unlabelled.isEmpty()) {
            labels.add(new ReferenceLabel(JUDGMENT, "label", "not_flagged"));
        }
        String metadata = f.metadata(json, USED, Map.of());
        if (!unlabelled.isEmpty() && problems.isEmpty()) {
            ObjectNode meta = metadata == null ? json.createObjectNode() : (ObjectNode) json.readTree(metadata);
            meta.set("unlabelled", json.valueToTree(unlabelled));
            metadata = json.writeValueAsString(meta);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ParsedItem(line, id, ItemKind.EXCHANGE, List.of(new Turn(TurnRole.USER, prompt)), null, null,
                metadata, labels);
    }

    /** 0/1 (or false/true); null for anything else. */
    private static Boolean flag(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && (node.asLong() == 0 || node.asLong() == 1)) {
            return node.asLong() == 1;
        }
        return null;
    }
}
