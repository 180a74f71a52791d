package org.latitude.judge.internal.imports;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;
import org.latitude.textio.CsvReader;
import org.latitude.textio.LineReader;
import org.latitude.textio.TextFault;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the rows of a JSON Lines or CSV file, read by the project's one reader ({@code org.latitude.textio}), as
 * {@link Fields}. A fault of the bytes (invalid UTF-8, a line over the limit, bad CSV quoting) is a problem of its
 * line; a fatal one (an unclosed quote, the size limit, a bad gzip stream) ends the check there. A JSON line that is
 * not an object, and a CSV record whose width differs from the header's, are problems of their line.
 */
final class FieldRows {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private FieldRows() {
    }

    /** Reads every line; returns the number of physical lines read. */
    static long jsonLines(LineReader lines, ImportContext ctx, Runnable eachLine, Consumer<Fields> each)
            throws IOException {
        while (lines.next()) {
            eachLine.run();
            if (fault(lines.fault(), ctx) || lines.isBlank()) {
                continue;
            }
            long line = lines.line();
            JsonNode node;
            try {
                node = JSON.readTree(lines.buffer(), lines.start(), lines.length());
            } catch (JacksonException e) {
                String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst()
                        .orElse("");
                ctx.problem(line, "not valid JSON: " + Values.quote(message));
                continue;
            }
            if (node == null || !node.isObject()) {
                ctx.problem(line, "each line must be one JSON object");
                continue;
            }
            each.accept(new Fields.Json(line, node));
        }
        return lines.linesRead();
    }

    /** Reads the header and every record; returns the number of physical lines read. */
    static long csv(CsvReader csv, ImportContext ctx, Runnable eachRecord, Consumer<Set<String>> header,
                    Consumer<Fields> each) throws IOException {
        Fields.Header head = null;
        long lines = 0;
        boolean sawHeader = false;
        while (csv.next()) {
            eachRecord.run();
            lines = csv.line() + csv.lines() - 1;
            if (fault(csv.fault(), ctx)) {
                if (!sawHeader) {
                    return lines;
                }
                continue;
            }
            String[] cells = new String[csv.fieldCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = csv.text(i);
            }
            if (!sawHeader) {
                sawHeader = true;
                head = Fields.Header.of(cells, csv.line(), ctx);
                if (head == null) {
                    return lines;
                }
                header.accept(head.present());
                continue;
            }
            if (cells.length != head.width()) {
                ctx.problem(csv.line(), "the row has " + cells.length + " fields; the header names " + head.width());
                continue;
            }
            each.accept(new Fields.Csv(head, csv.line(), cells));
        }
        if (!sawHeader) {
            ctx.problem(1, "the file is empty; a CSV file starts with a header line");
        }
        return lines;
    }

    /** Records the reader's fault as a problem of its line; true when there was one. */
    private static boolean fault(TextFault fault, ImportContext ctx) {
        if (fault == null) {
            return false;
        }
        switch (fault.kind()) {
            case INPUT_TOO_LARGE -> ctx.problem(0, fault.reason() + " (limit latitude.import.max-file-bytes); "
                    + "reading stopped after line " + fault.line());
            case GZIP_BOMB, BAD_GZIP -> ctx.problem(0, fault.reason() + "; reading stopped after line "
                    + fault.line());
            default -> ctx.problem(fault.line(), fault.reason() + (fault.fatal() ? "; the check stopped here" : ""));
        }
        return true;
    }
}
