package org.latitude.taxonomy.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.Principle;
import tools.jackson.databind.JsonNode;

/**
 * Parses and validates a principle-set file ({@code "format": "latitude-principles"}): ids are 0, 1, 2 … in order
 * (the alignment-discretion {@code principle_id}), texts and short labels non-empty, labels unique.
 */
public final class PrincipleSetFileReader implements DocumentReader<PrincipleSetDocument> {

    private static final Set<String> TOP = Set.of("format", "formatVersion", "key", "name", "version", "description",
            "source", "licence", "notes", "principles");
    private static final Set<String> ITEM = Set.of("id", "text", "label");

    @Override
    public PrincipleSetDocument read(byte[] content) {
        JsonNode root = DocumentJson.parse(content);
        if (root == null || !root.isObject()) {
            throw new ValidationException("The file must hold one JSON object (a principle set).");
        }
        JsonFields f = new JsonFields();
        f.rejectUnknown(root, "file", TOP);
        if (!"latitude-principles".equals(root.path("format").asString(""))) {
            f.problem("file", "'format' must be \"latitude-principles\"");
        }
        if (root.path("formatVersion").asInt(0) != 1) {
            f.problem("file", "'formatVersion' must be 1");
        }
        String key = f.required(root, "key", "file", 100);
        String name = f.required(root, "name", "file", 200);
        String version = f.required(root, "version", "file", 50);
        String description = f.optional(root, "description", "file", 4000);
        String source = f.optional(root, "source", "file", 4000);
        String licence = f.optional(root, "licence", "file", 2000);
        String notes = f.optional(root, "notes", "file", 4000);
        List<Principle> principles = principles(root.get("principles"), f);
        if (!f.problems().isEmpty()) {
            throw new ValidationException(f.problems());
        }
        return new PrincipleSetDocument(key, name, version, description, source, licence, notes, principles,
                ContentHash.of(key, name, version, description, source, licence, notes, principles));
    }

    private static List<Principle> principles(JsonNode nodes, JsonFields f) {
        List<Principle> out = new ArrayList<>();
        if (nodes == null || !nodes.isArray() || nodes.isEmpty()) {
            f.problem("file", "'principles' must be a non-empty array");
            return out;
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String where = "principles[" + i + "]";
            JsonNode node = nodes.get(i);
            if (!node.isObject()) {
                f.problem(where, "must be an object");
                continue;
            }
            f.rejectUnknown(node, where, ITEM);
            if (!node.path("id").isIntegralNumber() || node.path("id").intValue() != i) {
                f.problem(where, "'id' must be " + i + " (ids are the 0-based positions)");
            }
            String text = f.required(node, "text", where, 4000);
            String label = f.required(node, "label", where, 200);
            if (label != null && !labels.add(label.toLowerCase(java.util.Locale.ROOT))) {
                f.problem(where, "duplicate label '" + label + "'");
            }
            if (text != null && label != null) {
                out.add(new Principle(i, text, label));
            }
        }
        return out;
    }
}
