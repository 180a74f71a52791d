package org.latitude.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A report's downloadable files: {@code README.txt}, {@code report.html}, {@code report.json}, {@code measures.csv}
 * and one CSV per table of its {@link ReportContent} (pairwise κ, raters, items, the long coded table, discretion
 * tables), written as a ZIP or into a {@link ReportFolder}.
 *
 * <p>The ZIP is deterministic: fixed entry order, every entry dated 2000-01-01 00:00 (DOS time, no extra time
 * fields), one compression level; the same report gives byte-identical bytes. Tables are streamed row by row from
 * their sources into the compressor, so a table of millions of rows never sits in memory as text.
 */
public final class ReportBundle {

    /**
     * The fixed modification time of every entry, stored as DOS local time (no clock or time zone leaks in; a date
     * in 1980, the first DOS year, would make the JDK add an extended-time field).
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private record Entry(String name, Consumer<Writer> content) {
    }

    private final ReportDocument report;
    private final String title;

    public ReportBundle(ReportDocument report, String title) {
        this.report = report;
        this.title = title;
    }

    /** The file names, in the order they are written. */
    public List<String> fileNames() {
        return entries().stream().map(Entry::name).toList();
    }

    /** Writes the ZIP to {@code out} (which stays open). */
    public void writeZip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.setMethod(ZipOutputStream.DEFLATED);
        Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        try {
            for (Entry e : entries()) {
                ZipEntry entry = new ZipEntry(e.name());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                e.content().accept(text);
                text.flush();
                zip.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
        zip.flush();
    }

    /** Writes every file into the folder (not yet committed). */
    public void writeTo(ReportFolder folder) {
        for (Entry e : entries()) {
            folder.write(e.name(), e.content());
        }
    }

    private List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("README.txt", w -> write(w, ReportReadme.text(report, title))));
        out.add(new Entry("report.html", w -> write(w, ReportHtml.render(report, title))));
        out.add(new Entry("report.json", w -> write(w, Json.toJson(report.toJsonObject()) + "\n")));
        out.add(new Entry("measures.csv", w -> write(w, MeasuresCsv.render(report.measures()))));
        for (ReportTable t : report.content().tables()) {
            out.add(new Entry(t.fileName(), w -> table(w, t)));
        }
        return out;
    }

    private static void table(Writer w, ReportTable t) {
        Csv.line(w, t.columns());
        for (ReportTable.Row row : t.rows()) {
            List<Object> cells = row.cells();
            if (cells.size() != t.columns().size()) {
                throw new IllegalStateException(t.fileName() + ": a row of " + cells.size() + " cells for "
                        + t.columns().size() + " columns");
            }
            Csv.line(w, cells);
        }
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
