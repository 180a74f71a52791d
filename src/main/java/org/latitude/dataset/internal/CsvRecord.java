package org.latitude.dataset.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.latitude.dataset.ImportLimits;

/**
 * One CSV record, assembled from as many physical lines as its quoted fields span. A problem inside a quoted field
 * (a line too long or not UTF-8, a missing closing quote) is fatal: where the record ends can no longer be known.
 */
record CsvRecord(long line, List<String> fields, String problem, boolean fatal) {

    /** The next record (blank lines between records are skipped), or null at the end. */
    static CsvRecord read(Utf8LineReader lines, ImportLimits limits) throws IOException {
        Utf8LineReader.Line first = lines.next();
        while (first != null && first.fault() == null && first.text().isEmpty()) {
            first = lines.next();
        }
        if (first == null) {
            return null;
        }
        if (first.fault() != null) {
            return new CsvRecord(first.number(), List.of(), LineFaults.describe(first.fault(), limits), false);
        }
        return new Parser(first, lines, limits).parse();
    }

    private static final class Parser {
        private final Utf8LineReader lines;
        private final ImportLimits limits;
        private final long start;
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private Utf8LineReader.Line current;
        private long bytes;
        private boolean quoted;
        private boolean afterQuote;
        private String problem;

        Parser(Utf8LineReader.Line first, Utf8LineReader lines, ImportLimits limits) {
            this.current = first;
            this.lines = lines;
            this.limits = limits;
            this.start = first.number();
            this.bytes = first.bytes();
        }

        CsvRecord parse() throws IOException {
            while (true) {
                scan(current.text());
                if (!quoted) {
                    fields.add(field.toString());
                    return new CsvRecord(start, fields, problem, false);
                }
                field.append(current.terminator());
                Utf8LineReader.Line next = lines.next();
                if (next == null) {
                    return fatal("a quoted field is not closed before the end of the file");
                }
                if (next.fault() != null) {
                    return fatal("line " + next.number() + " (inside a quoted field): "
                            + LineFaults.describe(next.fault(), limits));
                }
                bytes += next.bytes() + current.terminator().length();
                if (bytes > limits.maxLineBytes()) {
                    return fatal("record longer than " + limits.maxLineBytes()
                            + " bytes (limit latitude.import.max-line-bytes)");
                }
                current = next;
            }
        }

        private CsvRecord fatal(String reason) {
            return new CsvRecord(start, List.of(), reason + "; the rest of the file was not checked", true);
        }

        private void scan(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c != '"') {
                        field.append(c);
                    } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                } else if (afterQuote) {
                    note("text after the closing quote of field " + (fields.size() + 1));
                    field.append(c);
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == '"') {
                    note("a quote inside unquoted field " + (fields.size() + 1) + " (quote the field and double the "
                            + "quote)");
                    field.append(c);
                } else {
                    field.append(c);
                }
            }
        }

        private void note(String reason) {
            if (problem == null) {
                problem = "invalid CSV: " + reason;
            }
        }
    }
}
