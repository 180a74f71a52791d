package org.latitude.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * A small, dependency-free JSON writer for reports. It keeps the headless commands free of a JSON library's start-up
 * cost and makes the output deterministic: maps keep their iteration order, non-finite doubles become {@code null}
 * (JSON has no NaN), other doubles print in their shortest round-trip form.
 *
 * <p>Values: {@code null}, {@link CharSequence}, {@link Number}, {@link Boolean}, {@link Map} (string keys),
 * {@link Collection}, arrays of {@code double}/{@code long}/{@code int}, {@link Measure} and anything else through
 * {@code toString()} as a string.
 */
public final class Json {

    private Json() {
    }

    public static String toJson(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, 0);
        return out.toString();
    }

    public static void write(Writer writer, Object value) {
        try {
            writer.write(toJson(value));
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(StringBuilder out, Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case Measure m -> append(out, m.toJsonObject(), depth);
            case CharSequence s -> quote(out, s);
            case Double d -> number(out, d);
            case Float f -> number(out, f.doubleValue());
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Map<?, ?> map -> object(out, map, depth);
            case Collection<?> list -> array(out, list, depth);
            case double[] a -> array(out, java.util.Arrays.stream(a).boxed().toList(), depth);
            case long[] a -> array(out, java.util.Arrays.stream(a).boxed().toList(), depth);
            case int[] a -> array(out, java.util.Arrays.stream(a).boxed().toList(), depth);
            default -> quote(out, value.toString());
        }
    }

    private static void number(StringBuilder out, double d) {
        if (!Double.isFinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            out.append(d);
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            newline(out, depth + 1);
            quote(out, String.valueOf(e.getKey()));
            out.append(": ");
            append(out, e.getValue(), depth + 1);
        }
        newline(out, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, Collection<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean scalars = list.stream().allMatch(v -> v == null || v instanceof Number || v instanceof CharSequence
                || v instanceof Boolean);
        out.append('[');
        boolean first = true;
        for (Object v : list) {
            out.append(first ? "" : scalars ? ", " : ",");
            first = false;
            if (!scalars) {
                newline(out, depth + 1);
            }
            append(out, v, depth + 1);
        }
        if (!scalars) {
            newline(out, depth);
        }
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    static void quote(StringBuilder out, CharSequence s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
