package org.latitude.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.latitude.textio.CsvWriter;

/**
 * The report's CSV lines, written by the project's one CSV writer ({@link CsvWriter}: RFC 4180, CRLF, formula
 * neutralisation of text cells, numbers the program computed written as numbers; docs/decisions.md). A cell is text,
 * a number ({@link Double}/{@link Long}/{@link Integer}: never prefixed; NaN is an empty cell) or {@code null}
 * (empty).
 */
public final class Csv {

    private Csv() {
    }

    /** One record as a string (for the small files built in memory, e.g. measures.csv). */
    public static String line(List<?> cells) {
        StringWriter out = new StringWriter();
        line(out, cells);
        return out.toString();
    }

    /** Writes one record to {@code out} (for tables streamed row by row). */
    public static void line(Writer out, List<?> cells) {
        try {
            CsvWriter.of(out).row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
