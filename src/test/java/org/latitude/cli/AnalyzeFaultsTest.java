package org.latitude.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.report.ReportSchema;

/** Faults a researcher meets with {@code analyze}: each stops with a located, short message and writes nothing. */
class AnalyzeFaultsTest {

    @TempDir
    Path dir;


    private static CliRun.Outcome run(String... args) {
        return CliRun.analyze(args);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8StopsWithFileLineAndByteOffset() throws IOException {
        byte[] start = "unit,coder,value\nu1,a,x\nu2,b,caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(start, start.length + 2);
        bytes[start.length] = (byte) 0xE9;
        bytes[start.length + 1] = '\n';
        CliRun.Outcome r = run("--ratings", write("bad.csv", bytes).toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("bad.csv, line 3: invalid UTF-8 at byte offset 32");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aHugeLineWithoutALineBreakIsQuotedInAFewCharacters() throws IOException {
        CliRun.Outcome noBreak = run("--ratings", write("huge.csv", "x".repeat(3 << 20)).toString(), "--out",
                dir.resolve("out").toString());
        assertThat(noBreak.exit()).isEqualTo(1);
        assertThat(noBreak.stderr()).contains("huge.csv, line 1: line longer than 1048576 bytes").hasSizeLessThan(300);
        CliRun.Outcome wideHeader = run("--ratings", write("wide.csv", "a,".repeat(200_000) + "b\n").toString(), "--out",
                dir.resolve("out").toString());
        assertThat(wideHeader.stderr()).contains("missing header").hasSizeLessThan(400);
    }

    @Test
    void anOutThatIsAFileIsAClearErrorWithoutAStackTrace() throws IOException {
        Path ratings = write("r.csv", "unit,coder,value\nu1,a,x\nu1,b,x\n");
        Path file = write("taken.txt", "keep me");
        CliRun.Outcome r = run("--ratings", ratings.toString(), "--out", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("is an existing file, not a folder").doesNotContain("Exception", "\tat ");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void errorMessagesNameOnlyOptionsThatExist() throws IOException {
        CliRun.Outcome r = run("--ratings", write("r.csv", "unit,coder,value\nu1,a,safe\nu1,b,unsafe\n").toString(),
                "--level", "ordinal", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("--values").doesNotContain("--order");
    }

    @Test
    void spacesAroundValuesAndIdsAreTrimmedNotNewCategories() throws IOException {
        Path out = dir.resolve("out");
        CliRun.Outcome r = run("--ratings", write("r.csv", "unit , coder , value\nu1, a , safe\nu1,b,safe \n u2,a,x\n"
                + "u2,b,x\n").toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        String json = Files.readString(out.resolve("report.json"));
        assertThat(json).contains("\"values\": [\"safe\", \"x\"]").contains("\"name\": \"a\"");
    }

    @Test
    void aGzipFileGivesTheSameFiguresAsThePlainOne() throws IOException {
        String text = "unit,coder,value\nu1,a,x\nu1,b,x\nu2,a,y\nu2,b,x\nu3,a,y\nu3,b,y\n";
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run("--ratings", write("r.csv", text).toString(), "--out", dir.resolve("plain").toString()).exit())
                .isZero();
        assertThat(run("--ratings", write("r.csv.gz", gz.toByteArray()).toString(), "--out",
                dir.resolve("gz").toString()).exit()).isZero();
        assertThat(Files.readString(dir.resolve("gz/measures.csv")))
                .isEqualTo(Files.readString(dir.resolve("plain/measures.csv")));
    }

    @Test
    void aFailedRunLeavesTheOutputFolderAsItWasAndNoTemporaryFolder() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.json"), "old");
        CliRun.Outcome r = run("--ratings", write("bad.csv", "unit,coder,value\nu1,a\n").toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("report.json"))).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".out"));
        }
    }

    @Test
    void theReportValidatesAgainstTheSchemaAndTheSummaryTellsHumansFromModels() throws IOException {
        Path ratings = write("r.csv", "unit,coder,value\ni1,a,safe\ni1,b,safe\ni1,c,unsafe\ni2,a,unsafe\n"
                + "i2,b,unsafe\ni2,c,unsafe\ni3,a,safe\ni3,b,safe\ni4,b,safe\ni4,c,safe\n");
        Path model = write("m.csv", "unit,coder,value\ni1,judge,unsafe\ni2,judge,unsafe\ni3,judge,safe\n");
        Path out = dir.resolve("out");
        CliRun.Outcome r = run("--ratings", ratings.toString(), "--model", model.toString(), "--bootstrap", "50",
                "--dawid-skene", "--out", out.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("humans: 3 coders, 10 ratings; models: 1, 3 ratings");
        ReportSchema.assertValid(out.resolve("report.json"));
        assertThat(Files.readString(out.resolve("report.html"))).contains("model_kappa_vs_majority", "judge");
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"kind\": \"model\"",
                "\"final_change\"", "\"raters\": \"humans+models\"");
    }
}
