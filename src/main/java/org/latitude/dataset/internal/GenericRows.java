package org.latitude.dataset.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Latitude's generic rows (JSONL and CSV): {@code {"id", "messages": [{role, content}…]}} for an exchange of any
 * length, {@code {"id", "prompt", "response"?}} for a single exchange (no response: prompt only), and
 * {@code {"id", "prompt" | "messages", "response_a", "response_b"}} for a pair. Other fields become metadata.
 */
final class GenericRows implements RowMapper {

    private static final Set<String> USED = Set.of("id", "messages", "prompt", "response", "response_a",
            "response_b");

    private final JsonMapper json;
    private final boolean csv;

    /** {@code csv}: the row came from a CSV record, where a {@code messages} column is plain metadata. */
    GenericRows(JsonMapper json, boolean csv) {
        this.json = json;
        this.csv = csv;
    }

    @Override
    public ParsedItem map(long line, ObjectNode row, List<String> problems) {
        RowFields f = new RowFields(row, problems);
        String id = f.id(null);
        boolean messages = !csv && f.has("messages");
        boolean pair = f.has("response_a") || f.has("response_b");
        if (messages && f.has("prompt")) {
            f.problem("use either 'messages' or 'prompt', not both");
        }
        if (pair && f.has("response")) {
            f.problem("use either 'response' (an exchange) or 'response_a' and 'response_b' (a pair), not both");
        }
        int before = problems.size();
        List<Turn> turns = messages ? f.messages("messages") : prompt(f);
        if (messages && problems.size() == before && turns.stream().noneMatch(t -> t.role() == TurnRole.USER)) {
            f.problem("'messages' has no user turn");
        }
        String a = pair ? f.content("response_a") : null;
        String b = pair ? f.content("response_b") : null;
        if (!pair && !messages) {
            String response = f.optionalContent("response", false);
            if (response != null) {
                turns.add(new Turn(TurnRole.ASSISTANT, response));
            }
        }
        Set<String> used = csv ? Set.of("id", "prompt", "response", "response_a", "response_b") : USED;
        String metadata = f.metadata(json, used, Map.of());
        if (!problems.isEmpty()) {
            return null;
        }
        return new ParsedItem(line, id, pair ? ItemKind.PAIR : ItemKind.EXCHANGE, turns, a, b, metadata, List.of());
    }

    private static List<Turn> prompt(RowFields f) {
        List<Turn> turns = new ArrayList<>();
        String prompt = f.content("prompt");
        if (prompt != null) {
            turns.add(new Turn(TurnRole.USER, prompt));
        }
        return turns;
    }
}
