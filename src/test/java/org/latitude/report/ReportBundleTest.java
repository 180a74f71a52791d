package org.latitude.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.latitude.report.chart.ChartSamples;

class ReportBundleTest {

    /** A row made on demand: nothing holds the table. */
    record Row(int i) implements ReportTable.Row {
        public List<Object> cells() {
            return List.of("u" + i, i % 7 == 0 ? "=cmd()" : "safe", -i * 0.5);
        }
    }

    static Iterable<Row> rows(int n) {
        return () -> new Iterator<>() {
            private int i;

            public boolean hasNext() {
                return i < n;
            }

            public Row next() {
                return new Row(i++);
            }
        };
    }

    static ReportDocument report(int rows) {
        Provenance p = new Provenance("analyze", "test", "m", 7, Map.of("bootstrap", 0), List.of());
        ReportDocument doc = new ReportDocument(p).coder(ChartSamples.HOSTILE, ReportDocument.Kind.HUMAN, Map.of())
                .measures(List.of(Measure.of("f", "alpha_nominal", 0.5, 10, "α")));
        doc.content(new ReportContent(List.of("a warning " + ChartSamples.HOSTILE),
                ChartSamples.all().stream().map(c -> new ReportFigure(c, "caption " + ChartSamples.HOSTILE)).toList(),
                List.of(new ReportTable("ratings_long", "Ratings", "all of them", List.of("unit", "value", "score"),
                        rows(rows), 3))));
        return doc;
    }

    static byte[] zip(ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportBundle(doc, "Report " + ChartSamples.HOSTILE).writeZip(out);
        return out.toByteArray();
    }

    @Test
    void theZipIsByteIdenticalOnTwoRunsWithFixedOrderAndTimes() throws IOException {
        byte[] first = zip(report(1000));
        byte[] second = zip(report(1000));
        assertThat(second).isEqualTo(first);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(first))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(ReportBundle.ENTRY_TIME);
                assertThat(e.getExtra()).isNull();
            }
        }
        assertThat(names).containsExactly("README.txt", "report.html", "report.json", "measures.csv",
                "ratings_long.csv");
    }

    @Test
    void theBundlesReportJsonValidatesAgainstTheSchema() throws IOException {
        String json = entry(zip(report(10)), "report.json");
        assertThat(ReportSchema.violations(json)).isEmpty();
        assertThat(json).contains("\"figures\"", "\"tables\"", "\"ratings_long.csv\"", "\"warnings\"");
    }

    @Test
    void tablesAreStreamedWholeIntoTheZipAndCappedInTheHtml() throws IOException {
        int n = 500_000;
        MessageDigest streamed = sha256();
        new ReportBundle(report(n), "Report " + ChartSamples.HOSTILE).writeZip(new DigestOutputStream(
                OutputStream.nullOutputStream(), streamed));
        byte[] small = zip(report(n));
        String csv = entry(small, "ratings_long.csv");
        assertThat(csv.lines().count()).isEqualTo(n + 1);
        assertThat(csv).contains("\r\n");
        assertThat(csv).startsWith("unit,value,score\r\nu0,'=cmd(),").doesNotContain(",=cmd");
        assertThat(csv).contains("\nu1,safe,-0.5\r\n");
        String html = entry(small, "report.html");
        assertThat(html).contains("The first 3 rows; all of them are in <code>ratings_long.csv</code>");
        assertThat(streamed.digest()).as("the same bytes, written to a sink that keeps nothing")
                .isEqualTo(sha256().digest(small));
    }

    @Test
    void readmeNamesEveryFileAndTheCsvRule() throws IOException {
        String readme = entry(zip(report(2)), "README.txt");
        assertThat(readme).contains("report.html", "report.json", "measures.csv", "ratings_long.csv",
                "starts with an added apostrophe");
    }

    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the zip");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
