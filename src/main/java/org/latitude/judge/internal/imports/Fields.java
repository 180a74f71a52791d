package org.latitude.judge.internal.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * One row of a generic format, read the same from JSON Lines and CSV: text of a field (numbers as written), a list
 * (a JSON array, or names separated by {@code |} in CSV), scores (a JSON object of numbers), and the field names
 * present, so unknown fields can be refused.
 */
public sealed interface Fields {

    long line();

    /** The field's text, or null when absent, null or (CSV) empty. */
    String text(String name);

    List<String> list(String name);

    /** Name → number text of an object field (JSON only; CSV has none). */
    Map<String, String> scores(String name);

    Set<String> names();

    /** The field names that are not among {@code allowed}, in order. */
    default List<String> unknown(Set<String> allowed) {
        return names().stream().filter(n -> !allowed.contains(n)).sorted().toList();
    }

    record Json(long line, JsonNode node) implements Fields {
        @Override
        public String text(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
        }

        @Override
        public List<String> list(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(e -> out.add(e.isValueNode() ? e.asString() : e.toString()));
            } else {
                out.add(v.asString());
            }
            return out;
        }

        @Override
        public Map<String, String> scores(String name) {
            JsonNode v = node.get(name);
            Map<String, String> out = new LinkedHashMap<>();
            if (v != null && v.isObject()) {
                v.properties().forEach(e -> out.put(e.getKey(), e.getValue().isValueNode()
                        ? e.getValue().asString() : e.getValue().toString()));
            } else if (v != null && !v.isNull()) {
                out.put("", v.toString());
            }
            return out;
        }

        @Override
        public Set<String> names() {
            return new TreeSet<>(node.propertyNames());
        }
    }

    /** A CSV file's header: its column names (lower case, trimmed) and where each is. */
    record Header(List<String> names, Map<String, Integer> columns) {

        /** The header of these cells, or null (and a problem at {@code line}) when a column name repeats. */
        static Header of(String[] cells, long line, ImportContext ctx) {
            List<String> names = new ArrayList<>();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                String name = cells[i].strip().toLowerCase(Locale.ROOT);
                names.add(name);
                if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                    ctx.problem(line, "the column '" + Values.quote(cells[i].strip()) + "' appears twice");
                    return null;
                }
            }
            return new Header(List.copyOf(names), Map.copyOf(columns));
        }

        int width() {
            return names.size();
        }

        Set<String> present() {
            Set<String> out = new TreeSet<>(names);
            out.remove("");
            return out;
        }
    }

    record Csv(Header header, long line, String[] cells) implements Fields {
        @Override
        public String text(String name) {
            Integer column = header.columns().get(name.toLowerCase(Locale.ROOT));
            String v = column == null || column >= cells.length ? null : cells[column];
            return v == null || v.isBlank() ? null : v;
        }

        @Override
        public List<String> list(String name) {
            String v = text(name);
            return v == null ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }

        @Override
        public Map<String, String> scores(String name) {
            return Map.of();
        }

        @Override
        public Set<String> names() {
            return header.present();
        }
    }
}
