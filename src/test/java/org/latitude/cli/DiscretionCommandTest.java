package org.latitude.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless {@code discretion} command on the example files of {@code seed-data/examples/discretion}, which
 * encode the hand-checkable example of docs/validation.md ("Discretion engine"), and on broken input.
 */
class DiscretionCommandTest {

    private static final String EXAMPLE = "seed-data/examples/discretion/";

    @TempDir
    Path out;


    private static CliRun.Outcome run(String... args) {
        return CliRun.run(args);
    }

    private List<String> exampleArgs(String... more) {
        List<String> args = new ArrayList<>(List.of("discretion",
                "--principles", EXAMPLE + "principle_preferences.csv",
                "--principle-texts", EXAMPLE + "principles.txt",
                "--principle-labels", EXAMPLE + "principle_labels.txt",
                "--bootstrap", "100", "--dd-bootstrap", "20", "--seed", "7", "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void writesTheHandExampleIntoReportJsonAndCsvs() throws IOException {
        CliRun.Outcome run = run(exampleArgs("--annotator", "a=" + EXAMPLE + "annotator_a.csv:preference",
                "--constant-annotator", "always-first=+1").toArray(String[]::new));
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("9 items, 3 principles").contains("consensus 3");
        String json = Files.readString(out.resolve("report.json"));
        assertThat(json).contains("\"reference\": \"a\"").contains("\"seed\": 7")
                .contains("\"measure\": \"da\"").contains("\"value\": 0.5")
                .contains("\"value\": -0.3140118").contains("\"value\": 0.4422957");
        String priorities = Files.readString(out.resolve("discretion_priorities.csv"));
        assertThat(priorities).contains("a,2,Be honest,0.44229575").contains("a,0,Be helpful,-0.3140118");
        assertThat(Files.readString(out.resolve("measures.csv")).lines().filter(l -> l.contains(",dd,")))
                .hasSize(1).allMatch(l -> l.contains("always-first") && l.endsWith(",a"));
        assertThat(Files.readAllLines(out.resolve("discretion_items.csv"))).hasSize(10)
                .contains("3,indifference,0,1,1", "8,consensus,1,0,1");
    }

    @Test
    void theFirstAnnotatorOnTheCommandLineIsTheDefaultReferenceWhateverItsOption() throws IOException {
        CliRun.Outcome run = run(exampleArgs("--constant-annotator", "always-first=+1",
                "--annotator", "a=" + EXAMPLE + "annotator_a.csv:preference").toArray(String[]::new));
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"reference\": \"always-first\"");
    }

    @Test
    void aLongPreferenceFileGivesEachHumanAndThePooledMajority() throws IOException {
        CliRun.Outcome run = run(exampleArgs("--annotator", "crowd=" + EXAMPLE + "crowd.csv:preference",
                "--annotator", "judge=" + EXAMPLE + "generic_judge.csv:generic-judge",
                "--annotator", "rm=" + EXAMPLE + "reward_model.csv:reward",
                "--reference", "humans pooled").toArray(String[]::new));
        assertThat(run.exit()).as(run.stderr()).isZero();
        String json = Files.readString(out.resolve("report.json"));
        assertThat(json).contains("\"name\": \"crowd/alice\"", "\"name\": \"crowd/bob\"", "\"name\": \"crowd/carol\"",
                "\"name\": \"humans pooled\"", "\"reference\": \"humans pooled\"", "\"orders_disagree\": 3");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreRead() throws IOException {
        Path file = out.resolve("bom.csv");
        Files.writeString(file, "\uFEFFrow_id,reward_a,reward_b\r\n1,0.5,0.2\r\n2,0.1,0.4\r\n");
        CliRun.Outcome run = run(exampleArgs("--annotator", "rm=" + file + ":reward").toArray(String[]::new));
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"first\": 1", "\"second\": 1",
                "\"missing\": 7");
    }

    @Test
    void badInputStopsWithTheFileAndLine() throws IOException {
        Path broken = out.resolve("broken.csv");
        Files.writeString(broken, "row_id,reward_a,reward_b\n1,0.5,0.2\n2,high,0.1\n");
        CliRun.Outcome run = run(exampleArgs("--annotator", "rm=" + broken + ":reward").toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains(broken + ":3:").contains("not a number").contains("high");
        assertThat(out.resolve("report.json")).doesNotExist();
    }

    @Test
    void aPrincipleIdOutsideTheSetAndAMissingColumnAreReported() throws IOException {
        Path principles = out.resolve("principles.csv");
        Files.writeString(principles, "row_id,principle_id,order,prob_A,prob_B,prob_NA\n1,0,0,0.5,0.2,0.3\n"
                + "1,7,0,0.5,0.2,0.3\n");
        List<String> args = exampleArgs("--constant-annotator", "h=+1");
        args.set(args.indexOf("--principles") + 1, principles.toString());
        CliRun.Outcome run = run(args.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains(principles + ":3:").contains("principle_id");
        Path noColumn = out.resolve("judge.csv");
        Files.writeString(noColumn, "row_id,prob_A,prob_B\n1,0.5,0.2\n");
        CliRun.Outcome missing = run(exampleArgs("--annotator", "j=" + noColumn + ":generic-judge").toArray(String[]::new));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr()).contains(noColumn + ":1:").contains("missing column order");
    }

    @Test
    void anUnknownFormatOrReferenceIsAUsageError() {
        CliRun.Outcome format = run(exampleArgs("--annotator", "x=" + EXAMPLE + "annotator_a.csv:votes")
                .toArray(String[]::new));
        assertThat(format.exit()).isNotZero();
        assertThat(format.stderr()).contains("unknown format 'votes'");
        CliRun.Outcome reference = run(exampleArgs("--constant-annotator", "h=+1", "--reference", "nobody")
                .toArray(String[]::new));
        assertThat(reference.exit()).isEqualTo(2);
        assertThat(reference.stderr()).contains("--reference nobody");
    }
}
