package org.latitude.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of a report, written as {@code <file>.csv} in the bundle (and the first {@code htmlRows} rows in
 * report.html). Rows come from an {@link Iterable} that is walked once per file written, row by row, so a table of
 * millions of ratings is never held as text or as a list of rows (the source may compute each row on the fly).
 *
 * @param file        the CSV's name without {@code .csv}: lower case, digits and underscores
 * @param columns     the header; every row has exactly these cells
 * @param htmlRows    how many rows report.html shows (0: none, the table is named only)
 */
public record ReportTable(String file, String title, String description, List<String> columns,
                          Iterable<? extends Row> rows, int htmlRows) {

    /** One row: its cells in column order (text, numbers, or null for an empty cell). */
    public interface Row {
        List<Object> cells();
    }

    private static final Pattern FILE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public ReportTable {
        if (file == null || !FILE.matcher(file).matches()) {
            throw new IllegalArgumentException("table file name must match " + FILE.pattern() + ": " + file);
        }
        columns = List.copyOf(columns);
        if (htmlRows < 0) {
            throw new IllegalArgumentException("htmlRows must not be negative");
        }
    }

    public String fileName() {
        return file + ".csv";
    }
}
