package org.latitude.taxonomy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.CategoryTier;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.VerdictLabel;
import tools.jackson.databind.JsonNode;

/**
 * Parses and validates a taxonomy file ({@code "format": "latitude-taxonomy"}, documented in
 * {@code docs/formats.md}). Every problem of the file is reported with its location; a file with any problem yields
 * no document, so an import stores all of it or nothing.
 */
public final class TaxonomyFileReader implements DocumentReader<TaxonomyDocument> {

    private static final int MAX_ENTRIES = 2000;
    private static final Pattern TAXONOMY_KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._()+-]{0,49}");
    private static final Pattern ENTRY_KEY = Pattern.compile("[a-z0-9][a-z0-9_]{0,99}");
    private static final Set<String> TOP = Set.of("format", "formatVersion", "key", "name", "version", "description",
            "source", "licence", "notes", "labels", "categories");
    private static final Set<String> LABEL = Set.of("key", "name", "definition", "aliases");
    private static final Set<String> CATEGORY = Set.of("key", "name", "definition", "tier", "parent", "group",
            "aliases");

    @Override
    public TaxonomyDocument read(byte[] content) {
        JsonNode root = DocumentJson.parse(content);
        if (root == null || root.isMissingNode()) {
            throw new ValidationException("The file is empty.");
        }
        JsonFields f = new JsonFields();
        if (!root.isObject()) {
            throw new ValidationException("The file must hold one JSON object (a taxonomy), not "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        f.rejectUnknown(root, "file", TOP);
        checkFormat(root, f);
        String key = matching(f, f.required(root, "key", "file", 100), TAXONOMY_KEY, "file", "key",
                "lower-case letters, digits, '.', '_' or '-'");
        String name = f.required(root, "name", "file", 200);
        String version = matching(f, f.required(root, "version", "file", 50), VERSION, "file", "version",
                "letters, digits, spaces and . _ ( ) + -");
        List<VerdictLabel> labels = new ArrayList<>();
        List<HazardCategory> categories = new ArrayList<>();
        readEntries(root, f, labels, categories);
        if (!f.problems().isEmpty()) {
            throw new ValidationException(f.problems());
        }
        String description = f.optional(root, "description", "file", 4000);
        String source = f.optional(root, "source", "file", 4000);
        String licence = f.optional(root, "licence", "file", 2000);
        String notes = f.optional(root, "notes", "file", 4000);
        if (!f.problems().isEmpty()) {
            throw new ValidationException(f.problems());
        }
        String hash = ContentHash.of(key, name, version, description, source, licence, notes, labels, categories);
        return new TaxonomyDocument(key, name, version, description, source, licence, notes, labels, categories, hash);
    }

    private static void checkFormat(JsonNode root, JsonFields f) {
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !"latitude-taxonomy".equals(format.stringValue())) {
            f.problem("file", "'format' must be \"latitude-taxonomy\"");
        }
        JsonNode formatVersion = root.get("formatVersion");
        if (formatVersion == null || !formatVersion.isIntegralNumber() || formatVersion.intValue() != 1) {
            f.problem("file", "'formatVersion' must be 1");
        }
    }

    private void readEntries(JsonNode root, JsonFields f, List<VerdictLabel> labels, List<HazardCategory> categories) {
        JsonNode labelNodes = root.get("labels");
        JsonNode categoryNodes = root.get("categories");
        if (labelNodes != null && !labelNodes.isNull() && !labelNodes.isArray()) {
            f.problem("file", "'labels' must be an array");
            labelNodes = null;
        }
        if (categoryNodes == null || !categoryNodes.isArray() || categoryNodes.isEmpty()) {
            f.problem("file", "'categories' must be a non-empty array");
            categoryNodes = null;
        }
        int total = (labelNodes == null ? 0 : labelNodes.size()) + (categoryNodes == null ? 0 : categoryNodes.size());
        if (total > MAX_ENTRIES) {
            f.problem("file", "more than " + MAX_ENTRIES + " labels and categories");
            return;
        }
        EntryNames names = new EntryNames(f);
        for (int i = 0; labelNodes != null && i < labelNodes.size(); i++) {
            String where = "labels[" + i + "]";
            JsonNode node = labelNodes.get(i);
            if (!node.isObject()) {
                f.problem(where, "must be an object");
                continue;
            }
            f.rejectUnknown(node, where, LABEL);
            String key = entryKey(f, node, where);
            String name = f.required(node, "name", where, 200);
            String definition = f.required(node, "definition", where, 4000);
            List<String> aliases = f.stringList(node, "aliases", where, 200);
            if (key != null && name != null && definition != null) {
                names.claim(where, key, name, aliases);
                labels.add(new VerdictLabel(key, name, definition, aliases));
            }
        }
        for (int i = 0; categoryNodes != null && i < categoryNodes.size(); i++) {
            readCategory(categoryNodes.get(i), "categories[" + i + "]", f, names, categories);
        }
    }

    private void readCategory(JsonNode node, String where, JsonFields f, EntryNames names,
                              List<HazardCategory> categories) {
        if (!node.isObject()) {
            f.problem(where, "must be an object");
            return;
        }
        f.rejectUnknown(node, where, CATEGORY);
        String key = entryKey(f, node, where);
        String name = f.required(node, "name", where, 200);
        String definition = f.required(node, "definition", where, 4000);
        String tierName = f.required(node, "tier", where, 32);
        CategoryTier tier = tierName == null ? null : CategoryTier.fromFileName(tierName).orElse(null);
        if (tierName != null && tier == null) {
            f.problem(where, "'tier' must be core, fine-grained or catch-all, not '" + tierName + "'");
        }
        String parent = f.optional(node, "parent", where, 100);
        if (parent != null && !categories.stream().anyMatch(c -> c.key().equals(parent))) {
            f.problem(where, "'parent' '" + parent + "' is not the key of a category listed before this one");
        }
        String group = f.optional(node, "group", where, 200);
        List<String> aliases = f.stringList(node, "aliases", where, 200);
        if (key != null && name != null && definition != null && tier != null) {
            names.claim(where, key, name, aliases);
            categories.add(new HazardCategory(key, name, definition, tier, parent, group, aliases));
        }
    }

    private static String entryKey(JsonFields f, JsonNode node, String where) {
        return matching(f, f.required(node, "key", where, 100), ENTRY_KEY, where, "key",
                "snake_case: lower-case letters, digits and '_'");
    }

    private static String matching(JsonFields f, String value, Pattern pattern, String where, String field,
                                   String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            f.problem(where, "'" + field + "' '" + value + "' must be " + rule);
            return null;
        }
        return value;
    }

    /** Keys, names and aliases share one namespace per taxonomy (aliases and names case-insensitively). */
    private static final class EntryNames {
        private final JsonFields f;
        private final Map<String, String> owners = new HashMap<>();

        EntryNames(JsonFields f) {
            this.f = f;
        }

        void claim(String where, String key, String name, List<String> aliases) {
            claimOne(where, "key", key);
            if (!name.equalsIgnoreCase(key)) {
                claimOne(where, "name", name);
            }
            for (String alias : aliases) {
                if (!alias.equalsIgnoreCase(key) && !alias.equalsIgnoreCase(name)) {
                    claimOne(where, "alias", alias);
                }
            }
        }

        private void claimOne(String where, String what, String value) {
            String owner = owners.putIfAbsent(value.toLowerCase(Locale.ROOT), where);
            if (owner != null && !owner.equals(where)) {
                f.problem(where, "duplicate " + what + " '" + value + "' (already used by " + owner + ")");
            } else if (owner != null) {
                f.problem(where, "the " + what + " '" + value + "' is listed twice");
            }
        }
    }
}
