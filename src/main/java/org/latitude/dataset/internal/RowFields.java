package org.latitude.dataset.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the fields of one row and records every problem with it. Content is returned exactly as in the file (never
 * trimmed); it must be a non-blank string free of U+0000 (which PostgreSQL cannot store) and of unpaired surrogates
 * (which are not Unicode text and would not survive a round trip through UTF-8).
 */
final class RowFields {

    static final int MAX_ID_LENGTH = 255;

    private final ObjectNode row;
    private final List<String> problems;
    private final String prefix;

    RowFields(ObjectNode row, List<String> problems) {
        this(row, problems, "");
    }

    private RowFields(ObjectNode row, List<String> problems, String prefix) {
        this.row = row;
        this.problems = problems;
        this.prefix = prefix;
    }

    boolean has(String field) {
        JsonNode node = row.get(field);
        return node != null && !node.isNull();
    }

    void problem(String reason) {
        problems.add(reason);
    }

    /** The row's {@code id} (a string or an integer); when absent, {@code fallback} if given, else a problem. */
    String id(String fallback) {
        JsonNode node = row.get("id");
        if (node == null || node.isNull()) {
            if (fallback == null) {
                problem("missing field 'id'");
            }
            return fallback;
        }
        if (!node.isString() && !node.isIntegralNumber()) {
            problem("'id' must be a string or an integer");
            return null;
        }
        String id = node.isString() ? node.stringValue() : node.asString();
        if (id.isBlank()) {
            problem("'id' is empty");
            return null;
        }
        if (id.length() > MAX_ID_LENGTH) {
            problem("'id' is longer than " + MAX_ID_LENGTH + " characters");
            return null;
        }
        return checked(id, "id") ? id : null;
    }

    /** Required, non-blank text content. */
    String content(String field) {
        if (!has(field)) {
            problem("missing field '" + prefix + field + "'");
            return null;
        }
        return optionalContent(field, false);
    }

    /** Null when absent or JSON null; otherwise like {@link #content}, except that blank text may be allowed. */
    String optionalContent(String field, boolean blankAllowed) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problem("'" + prefix + field + "' must be a string");
            return null;
        }
        String text = node.stringValue();
        if (!blankAllowed && text.isBlank()) {
            problem("empty content in '" + prefix + field + "'");
            return null;
        }
        return checked(text, prefix + field) ? text : null;
    }

    /** An optional short label value (string, number or boolean) as text; null when absent. */
    String label(String field) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            problem("'" + field + "' must be a string, number or boolean");
            return null;
        }
        String text = node.asString();
        if (text.length() > 1000) {
            problem("'" + field + "' is longer than 1000 characters");
            return null;
        }
        return checked(text, field) ? text : null;
    }

    /** A {@code messages} array of {@code {role, content}} objects. */
    List<Turn> messages(String field) {
        JsonNode node = row.get(field);
        List<Turn> turns = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem("'" + field + "' must be a non-empty array of {role, content} objects");
            return turns;
        }
        for (int i = 0; i < node.size(); i++) {
            String where = field + "[" + i + "]";
            JsonNode turn = node.get(i);
            if (!turn.isObject()) {
                problem(where + " must be an object with 'role' and 'content'");
                continue;
            }
            RowFields fields = new RowFields((ObjectNode) turn, problems, where + ".");
            TurnRole role = fields.role();
            String content = fields.content("content");
            if (role != null && content != null) {
                turns.add(new Turn(role, content));
            }
        }
        return turns;
    }

    /** The {@code role} of a message: user, assistant or system. */
    private TurnRole role() {
        JsonNode node = row.get("role");
        if (node == null || node.isNull()) {
            problem("missing field '" + prefix + "role'");
            return null;
        }
        TurnRole role = node.isString() ? TurnRole.fromFileName(node.stringValue()).orElse(null) : null;
        if (role == null) {
            String shown = node.isString() ? "'" + shorten(node.stringValue()) + "'" : shorten(node.toString());
            problem("wrong role " + shown + " in '" + prefix + "role' (expected user, assistant or system)");
        }
        return role;
    }

    /** The row's fields other than {@code used}, as a JSON object (file order), or null when there are none. */
    String metadata(JsonMapper json, Set<String> used, Map<String, String> notes) {
        ObjectNode rest = json.createObjectNode();
        notes.forEach(rest::put);
        for (Iterator<Map.Entry<String, JsonNode>> it = row.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!used.contains(e.getKey())) {
                rest.set(e.getKey(), e.getValue());
            }
        }
        if (rest.isEmpty()) {
            return null;
        }
        String text = json.writeValueAsString(rest);
        return checked(text, "the other fields") ? text : null;
    }

    /** False (after recording a problem) when {@code text} cannot be stored exactly. */
    boolean checked(String text, String field) {
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            problem("'" + field + "' contains U+0000 (NUL) at character " + (nul + 1)
                    + ", which cannot be stored; remove it from the file");
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problem("'" + field + "' contains an unpaired surrogate (\\u" + Integer.toHexString(c).toUpperCase()
                        + ") at character " + (i + 1) + ", which is not valid Unicode text");
                return false;
            }
        }
        return true;
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
