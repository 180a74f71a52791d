package org.latitude.judge.internal.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 4180 records over {@link TextLines}: a header line names the columns (matched ignoring case and surrounding
 * space); a quoted field may hold commas, doubled quotes and line breaks. Each record keeps the line it starts on.
 */
public final class CsvRows {

    /** One record: its first line and its cells (fewer or more cells than the header is the caller's problem). */
    public record Row(long line, String[] cells) {

        public String cell(int column) {
            return column >= 0 && column < cells.length ? cells[column] : null;
        }
    }

    private final TextLines lines;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();

    public CsvRows(TextLines lines) throws IOException {
        this.lines = lines;
        Row first = next();
        if (first == null) {
            throw new FileFault(1, "the file is empty; a CSV file starts with a header line");
        }
        header = List.of(first.cells());
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                throw new FileFault(first.line(), "the column '" + header.get(i).trim() + "' appears twice");
            }
        }
    }

    public List<String> header() {
        return header;
    }

    /** The index of a column, or -1 when the header does not name it. */
    public int column(String name) {
        return columns.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    /** The next non-blank record, or null at the end. */
    public Row next() throws IOException {
        String text;
        do {
            text = lines.next();
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        long start = lines.number();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i >= text.length()) {
                if (!quoted) {
                    cells.add(cell.toString());
                    return new Row(start, cells.toArray(String[]::new));
                }
                String more = lines.next();
                if (more == null) {
                    throw new FileFault(start, "a quoted field opened on this line is never closed");
                }
                cell.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else {
                cell.append(c);
            }
        }
    }
}
