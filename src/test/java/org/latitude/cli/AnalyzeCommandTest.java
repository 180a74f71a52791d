package org.latitude.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless {@code analyze} command end to end: outputs, determinism, and input errors that write nothing. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private static final String VERDICTS = """
            unit,coder,value
            i1,ann1,safe
            i1,ann2,safe
            i1,ann3,unsafe
            i2,ann1,unsafe
            i2,ann2,unsafe
            i2,ann3,unsafe
            i3,ann1,safe
            i3,ann2,needs_caution
            i4,ann2,safe
            i4,ann3,safe
            """;

    @Test
    void writesReportAndMeasures() throws IOException {
        Path out = dir.resolve("out");
        CliRun.Outcome r = run("--ratings", write("r.csv", VERDICTS), "--level", "ordinal", "--values",
                "safe,needs_caution,unsafe", "--bootstrap", "100", "--dawid-skene", "--out", out.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        String json = Files.readString(out.resolve("report.json"));
        assertThat(json).contains("\"measure\": \"alpha_ordinal\"", "\"measure\": \"alpha_nominal\"",
                "\"measure\": \"cohen_kappa\"", "\"sha256\"", "\"pairwise_kappa\"", "\"dawid_skene\"");
        List<String> csv = Files.readAllLines(out.resolve("measures.csv"));
        assertThat(csv.get(0)).startsWith("field,measure,value,ci_low,ci_high,n_units,note");
        assertThat(csv).anyMatch(l -> l.startsWith("value,alpha_ordinal,"));
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        String ratings = write("r.csv", VERDICTS);
        run("--ratings", ratings, "--bootstrap", "50", "--out", dir.resolve("a").toString());
        run("--ratings", ratings, "--bootstrap", "50", "--out", dir.resolve("b").toString());
        assertThat(Files.readString(dir.resolve("a/report.json"))).isEqualTo(
                Files.readString(dir.resolve("b/report.json")));
        assertThat(Files.readString(dir.resolve("a/measures.csv"))).isEqualTo(
                Files.readString(dir.resolve("b/measures.csv")));
    }

    @Test
    void comparesModelsAndReadsLabelSets() throws IOException {
        String model = write("m.csv", "unit,coder,value\ni1,judge,unsafe\ni2,judge,unsafe\ni3,judge,safe\n");
        Path out = dir.resolve("models");
        assertThat(run("--ratings", write("r.csv", VERDICTS), "--model", model, "--out", out.toString()).exit())
                .isZero();
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"model\": \"judge\"",
                "model_kappa_vs_majority");
        String sets = write("s.csv", "unit,coder,labels\ni1,a,hate|violence\ni1,b,hate\ni2,a,\ni2,b,\n");
        Path setOut = dir.resolve("sets");
        assertThat(run("--ratings", sets, "--out", setOut.toString()).exit()).isZero();
        assertThat(Files.readString(setOut.resolve("report.json"))).contains("alpha_masi", "alpha_jaccard",
                "\"category\": \"violence\"");
    }

    @Test
    void malformedInputStopsWithTheLineNumberAndWritesNothing() throws IOException {
        assertFails("coder,value\na,x\n", List.of(), "line 1", "missing header");
        assertFails("unit,coder,value\nu1,a,x\nu2,b,y\nu1,a,y\n", List.of(), "line 4", "duplicate rating");
        assertFails("unit,coder,value\nu1,a,x\nu2,b\n", List.of(), "line 3", "expected 3 fields");
        assertFails("unit,coder,value\nu1,a,1\nu2,a,2\nu2,b,lots\n", List.of("--level", "interval"), "line 4",
                "non-numeric value lots");
        assertFails("unit,coder,value\nu1,a,safe\nu1,b,harmful\n", List.of("--level", "ordinal", "--values",
                "safe,unsafe"), "line 3", "not among the declared values");
    }

    private void assertFails(String content, List<String> extra, String line, String message) throws IOException {
        Path out = dir.resolve("never");
        List<String> args = new ArrayList<>(List.of("--ratings", write("bad.csv", content), "--out",
                out.toString()));
        args.addAll(extra);
        CliRun.Outcome r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("bad.csv, " + line, message);
        assertThat(out).doesNotExist();
    }

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }


    private static CliRun.Outcome run(String... args) {
        return CliRun.analyze(args);
    }
}
