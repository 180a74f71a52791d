package org.latitude.cli.discretion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A header-led CSV file read row by row (RFC 4180 quoting, e.g. the {@code "0,1"} order values of the authors'
 * policy files), columns looked up by name so that column order may vary, and every error reported with the file
 * and line. Blank lines are skipped.
 */
final class CsvFile implements AutoCloseable {

    private final Path path;
    private final BufferedReader reader;
    private final Map<String, Integer> header = new HashMap<>();
    private final List<String> fields = new ArrayList<>();
    private int[] bounds = new int[16];
    private int count;
    private String current;
    private long line;

    private CsvFile(Path path) {
        this.path = path;
        try {
            this.reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(path, 0, "cannot read: " + e.getMessage());
        }
    }

    static CsvFile open(Path path) {
        CsvFile file = new CsvFile(path);
        if (!file.next()) {
            file.close();
            throw new InputException(path, 1, "empty file: a header line is expected");
        }
        for (int i = 0; i < file.count; i++) {
            String name = file.text(i);
            file.header.putIfAbsent(i == 0 && name.startsWith("\uFEFF") ? name.substring(1).strip() : name, i);
        }
        return file;
    }

    /** The index of the first of {@code names} present in the header. */
    int column(String... names) {
        int index = optionalColumn(names);
        if (index < 0) {
            throw new InputException(path, 1, "missing column " + String.join(" or ", names));
        }
        return index;
    }

    /** The index of the first of {@code names} present in the header, or −1. */
    int optionalColumn(String... names) {
        for (String name : names) {
            Integer index = header.get(name);
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    /** Advances to the next non-blank line; false at the end. */
    boolean next() {
        try {
            String text;
            do {
                text = reader.readLine();
                line++;
                if (text == null) {
                    return false;
                }
            } while (text.isBlank());
            split(text);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(int column) {
        if (column >= count) {
            throw error("expected at least " + (column + 1) + " fields, found " + count);
        }
        String raw = current == null ? fields.get(column) : current.substring(bounds[2 * column],
                bounds[2 * column + 1]);
        return raw.strip();
    }

    /** Whether the field is exactly {@code text} (without copying it on the common unquoted path). */
    boolean fieldEquals(int column, String text) {
        if (current == null || column >= count) {
            return column < count && text(column).equals(text);
        }
        int start = bounds[2 * column];
        int length = bounds[2 * column + 1] - start;
        return length == text.length() && current.regionMatches(start, text, 0, length);
    }

    double number(int column) {
        String text = text(column);
        try {
            double value = Double.parseDouble(text);
            if (Double.isNaN(value)) {
                throw error("not a number in field " + (column + 1) + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("not a number in field " + (column + 1) + ": '" + text + "'");
        }
    }

    /**
     * A presentation order: {@code 0} (or {@code "0,1"}, the authors' policy files) when response A is
     * y<sup>1</sup>, {@code 1} (or {@code "1,0"}) when A is y<sup>0</sup>.
     */
    int order(int column) {
        if (fieldEquals(column, "0")) {
            return 0;
        }
        return switch (text(column)) {
            case "0", "0,1" -> 0;
            case "1", "1,0" -> 1;
            default -> throw error("order must be 0 or 1 (or \"0,1\" / \"1,0\"), found '" + text(column) + "'");
        };
    }

    InputException error(String message) {
        return new InputException(path, line, message);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void split(String text) {
        count = 0;
        if (text.indexOf('"') < 0) {
            current = text;
            int start = 0;
            for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', start)) {
                bound(start, comma);
                start = comma + 1;
            }
            bound(start, text.length());
            return;
        }
        current = null;
        fields.clear();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw error("unterminated quoted field");
        }
        fields.add(field.toString());
        count = fields.size();
    }

    private void bound(int start, int end) {
        if (2 * count + 2 > bounds.length) {
            bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * count] = start;
        bounds[2 * count + 1] = end;
        count++;
    }
}
