package org.latitude.taxonomy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields from a JSON object and collects every problem with its location (e.g.
 * {@code categories[3].name}), so an import reports all errors of a file at once instead of the first only.
 */
final class JsonFields {

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    void problem(String where, String what) {
        problems.add(where + ": " + what);
    }

    void rejectUnknown(JsonNode object, String where, Set<String> allowed) {
        for (String name : object.propertyNames()) {
            if (!allowed.contains(name)) {
                problem(where, "unknown field '" + name + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    /** A required, non-blank string no longer than {@code max}; null after recording a problem. */
    String required(JsonNode object, String field, String where, int max) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            problem(where, "'" + field + "' is missing");
            return null;
        }
        return text(node, field, where, max, true);
    }

    /** An optional string (null when absent or JSON null). */
    String optional(JsonNode object, String field, String where, int max) {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? null : text(node, field, where, max, false);
    }

    List<String> stringList(JsonNode object, String field, String where, int maxLength) {
        JsonNode node = object.get(field);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            problem(where, "'" + field + "' must be an array of strings");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            String value = text(node.get(i), field + "[" + i + "]", where, maxLength, true);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private String text(JsonNode node, String field, String where, int max, boolean nonBlank) {
        if (!node.isString()) {
            problem(where, "'" + field + "' must be a string");
            return null;
        }
        String value = node.stringValue().strip();
        if (nonBlank && value.isEmpty()) {
            problem(where, "'" + field + "' is empty");
            return null;
        }
        if (value.length() > max) {
            problem(where, "'" + field + "' is longer than " + max + " characters");
            return null;
        }
        return value;
    }
}
