package org.latitude.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.report.ReportSchema;

/** The bundle (--zip) of both headless commands: its files, its schema, its determinism, and recomputing it. */
class ReportBundleCommandsTest {

    @TempDir
    Path dir;

    @Test
    void analyzeBundleHoldsEveryFileAndValidates() throws IOException {
        Path zip = dir.resolve("a.zip");
        CliRun.Outcome r = CliRun.run(ReportFiles.analyzeExample(dir.resolve("a"), zip));
        assertThat(r.exit()).as(r.stderr()).isZero();
        Map<String, byte[]> files = ReportFiles.entries(zip);
        assertThat(files.keySet()).containsExactly("README.txt", "report.html", "report.json", "measures.csv",
                "pairwise_kappa.csv", "raters.csv", "items.csv", "ratings_long.csv", "model_ratings_long.csv");
        assertThat(ReportSchema.violations(ReportFiles.text(files, "report.json"))).isEmpty();
        for (String name : files.keySet()) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(name))).as(name).isEqualTo(files.get(name));
        }
        assertThat(ReportFiles.text(files, "items.csv")).startsWith("unit,rater:ann_ada,rater:ann_bo,rater:ann_cy,"
                + "rater:ann_di,consensus,model:llama-guard-3\r\nex01,");
    }

    @Test
    void figuresOfTheBundleAreWhatAnalyzeComputesFromItsOwnRatingsLong() throws IOException {
        Path first = dir.resolve("first.zip");
        assertThat(CliRun.run(ReportFiles.analyzeExample(dir.resolve("first"), first)).exit()).isZero();
        Map<String, byte[]> files = ReportFiles.entries(first);
        Path ratings = Files.write(dir.resolve("ratings_long.csv"), files.get("ratings_long.csv"));
        Path models = Files.write(dir.resolve("model_ratings_long.csv"), files.get("model_ratings_long.csv"));
        Path again = dir.resolve("again.zip");
        CliRun.Outcome r = CliRun.analyze("--ratings", ratings.toString(), "--model", models.toString(), "--level",
                "ordinal", "--values", "safe,needs_caution,unsafe", "--field", "response_verdict", "--bootstrap",
                "200", "--seed", "7", "--out", dir.resolve("again").toString(), "--zip", again.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        Map<String, byte[]> recomputed = ReportFiles.entries(again);
        for (String name : List.of("measures.csv", "pairwise_kappa.csv", "raters.csv", "items.csv",
                "ratings_long.csv", "model_ratings_long.csv")) {
            assertThat(ReportFiles.text(recomputed, name)).as(name).isEqualTo(ReportFiles.text(files, name));
        }
        List<String> figures = ReportFiles.svgs(ReportFiles.text(files, "report.html"));
        assertThat(figures).hasSize(4);
        assertThat(ReportFiles.svgs(ReportFiles.text(recomputed, "report.html"))).isEqualTo(figures);
    }

    @Test
    void setValuedRatingsLongRoundTripsToo() throws IOException {
        Path first = dir.resolve("h.zip");
        String hazards = ReportFiles.EXAMPLES.resolve("hazard-categories.csv").toString();
        assertThat(CliRun.analyze("--ratings", hazards, "--field", "hazards", "--bootstrap", "30", "--out",
                dir.resolve("h").toString(), "--zip", first.toString()).exit()).isZero();
        Map<String, byte[]> files = ReportFiles.entries(first);
        Path ratings = Files.write(dir.resolve("hazards_long.csv"), files.get("ratings_long.csv"));
        Path again = dir.resolve("h2.zip");
        assertThat(CliRun.analyze("--ratings", ratings.toString(), "--field", "hazards", "--bootstrap", "30",
                "--out", dir.resolve("h2").toString(), "--zip", again.toString()).exit()).isZero();
        Map<String, byte[]> recomputed = ReportFiles.entries(again);
        assertThat(ReportFiles.text(recomputed, "measures.csv")).isEqualTo(ReportFiles.text(files, "measures.csv"));
        assertThat(ReportFiles.svgs(ReportFiles.text(recomputed, "report.html")))
                .isEqualTo(ReportFiles.svgs(ReportFiles.text(files, "report.html"))).isNotEmpty();
    }

    @Test
    void aModelOnASetValuedFieldGetsItsFlagRatesPerCategory() throws IOException {
        Path hazards = ReportFiles.EXAMPLES.resolve("hazard-categories.csv");
        StringBuilder model = new StringBuilder("unit,coder,labels\n");
        Files.readAllLines(hazards).stream().skip(1).filter(l -> l.split(",", -1)[1].equals("ann_ada"))
                .forEach(l -> model.append(l.replace(",ann_ada,", ",judge,")).append('\n'));
        Path modelFile = Files.writeString(dir.resolve("judge.csv"), model);
        Path out = dir.resolve("sm");
        assertThat(CliRun.analyze("--ratings", hazards.toString(), "--model", modelFile.toString(), "--field",
                "hazards", "--out", out.toString()).exit()).isZero();
        String json = Files.readString(out.resolve("report.json"));
        assertThat(json).contains("\"id\": \"alpha-by-category\"", "\"id\": \"flag-rates-judge-");
        assertThat(ReportSchema.violations(json)).isEmpty();
    }

    @Test
    void negativeNumbersAtIntervalLevelRoundTripAsNumbers() throws IOException {
        StringBuilder csv = new StringBuilder("unit,coder,value\n");
        for (int u = 0; u < 12; u++) {
            csv.append("-u").append(u).append(",a,").append(u % 5 - 2).append('\n')
                    .append("-u").append(u).append(",b,").append((u + u / 4) % 5 - 2).append(".5\n");
        }
        Path ratings = Files.writeString(dir.resolve("scores.csv"), csv);
        Path first = dir.resolve("s.zip");
        assertThat(CliRun.analyze("--ratings", ratings.toString(), "--level", "interval", "--bootstrap", "30",
                "--out", dir.resolve("s").toString(), "--zip", first.toString()).exit()).isZero();
        Map<String, byte[]> files = ReportFiles.entries(first);
        String longTable = ReportFiles.text(files, "ratings_long.csv");
        assertThat(longTable).contains(",a,-2.0\r\n", ",b,-1.5\r\n").doesNotContain(",'-2");
        Path again = Files.write(dir.resolve("again.csv"), files.get("ratings_long.csv"));
        Path second = dir.resolve("s2.zip");
        CliRun.Outcome r = CliRun.analyze("--ratings", again.toString(), "--level", "interval", "--bootstrap", "30",
                "--out", dir.resolve("s2").toString(), "--zip", second.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        Map<String, byte[]> recomputed = ReportFiles.entries(second);
        List<String> values = List.of("alpha_interval", "alpha_nominal", "units", "ratings");
        for (String measure : values) {
            assertThat(line(recomputed, measure)).as(measure).isEqualTo(line(files, measure));
        }
    }

    /** The measures.csv row of a measure without qualifiers, unit ids aside (they come back with an apostrophe). */
    private static String line(Map<String, byte[]> files, String measure) {
        return ReportFiles.text(files, "measures.csv").lines().filter(l -> l.startsWith("value," + measure + ","))
                .findFirst().orElseThrow();
    }

    @Test
    void bundlesAreByteIdenticalOnTwoRuns() throws IOException {
        Path a = dir.resolve("1.zip");
        Path b = dir.resolve("2.zip");
        assertThat(CliRun.run(ReportFiles.analyzeExample(dir.resolve("o1"), a)).exit()).isZero();
        assertThat(CliRun.run(ReportFiles.analyzeExample(dir.resolve("o2"), b)).exit()).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        Path c = dir.resolve("3.zip");
        Path d = dir.resolve("4.zip");
        assertThat(CliRun.run(ReportFiles.discretionExample(ReportFiles.DISCRETION, dir.resolve("o3"), c)).exit())
                .isZero();
        assertThat(CliRun.run(ReportFiles.discretionExample(ReportFiles.DISCRETION, dir.resolve("o4"), d)).exit())
                .isZero();
        assertThat(Files.readAllBytes(d)).isEqualTo(Files.readAllBytes(c));
    }

    @Test
    void discretionBundleHoldsItsTablesAndValidates() throws IOException {
        Path zip = dir.resolve("d.zip");
        CliRun.Outcome r = CliRun.run(ReportFiles.discretionExample(ReportFiles.DISCRETION, dir.resolve("d"), zip));
        assertThat(r.exit()).as(r.stderr()).isZero();
        Map<String, byte[]> files = ReportFiles.entries(zip);
        assertThat(files.keySet()).containsExactly("README.txt", "report.html", "report.json", "measures.csv",
                "discretion_annotators.csv", "discretion_priorities.csv", "discretion_items.csv");
        assertThat(ReportSchema.violations(ReportFiles.text(files, "report.json"))).isEmpty();
        assertThat(ReportFiles.svgs(ReportFiles.text(files, "report.html"))).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aZipThatNamesAFolderIsRefusedBeforeAnything() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        CliRun.Outcome r = CliRun.run(ReportFiles.analyzeExample(dir.resolve("x"), folder));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("--zip", "is a folder");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void hostileNamesAreNeutralisedInTheCsvFiles() throws IOException {
        Path zip = dir.resolve("hostile.zip");
        CliRun.Outcome r = CliRun.run(ReportFiles.discretionExample(ReportFiles.hostileDiscretion(dir.resolve("in")),
                dir.resolve("hostile"), zip));
        assertThat(r.exit()).as(r.stderr()).isZero();
        String priorities = ReportFiles.text(ReportFiles.entries(zip), "discretion_priorities.csv");
        assertThat(priorities).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").doesNotContain(",=HYPERLINK",
                ",\"=HYPERLINK");
    }
}
