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
import org.latitude.report.ReportSchema;

/** Faults a researcher meets with {@code discretion}: exit 2, the file and line, a short message, nothing written. */
class DiscretionFaultsTest {

    private static final String EXAMPLE = "seed-data/examples/discretion/";

    @TempDir
    Path dir;


    private static CliRun.Outcome run(List<String> args) {
        return CliRun.run(args);
    }

    private List<String> args(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("discretion",
                "--principles", EXAMPLE + "principle_preferences.csv",
                "--principle-texts", EXAMPLE + "principles.txt",
                "--bootstrap", "50", "--dd-bootstrap", "20", "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void invalidUtf8IsExitTwoWithFileAndLine() throws IOException {
        Path file = dir.resolve("rm.csv");
        byte[] head = "row_id,reward_a,reward_b\n1,0.5,0.2\n2,0.1,0.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\n';
        Files.write(file, bytes);
        CliRun.Outcome run = run(args(dir.resolve("out"), "--annotator", "rm=" + file + ":reward"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains(file + ":3: invalid UTF-8 at byte offset").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsReportedInTheCommandsWordsNotJavas() {
        CliRun.Outcome run = run(args(dir.resolve("out"), "--annotator", "x=" + EXAMPLE + "annotator_a.csv:votes"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("unknown format 'votes'").doesNotContain("java.util", "public void",
                "org.latitude");
    }

    @Test
    void probabilitiesOutsideZeroToOneAreRefused() throws IOException {
        for (String bad : List.of("1.5", "-0.2")) {
            Path judge = dir.resolve("judge.csv");
            Files.writeString(judge, "row_id,order,prob_A,prob_B,prob_NA\n1,0,0.5,0.2,0.1\n1,1," + bad + ",0.2,0.1\n");
            CliRun.Outcome run = run(args(dir.resolve("out"), "--annotator", "j=" + judge + ":generic-judge"));
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.stderr()).contains(judge + ":3:", "[0, 1]", bad);
        }
    }

    @Test
    void anOutThatIsAFileIsAClearError() throws IOException {
        Path file = dir.resolve("taken");
        Files.writeString(file, "keep");
        CliRun.Outcome run = run(args(file, "--constant-annotator", "h=+1"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("is an existing file, not a folder").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    @Test
    void theReportValidatesAgainstTheSharedSchemaAndTheSummaryGroupsHumansAndModels() {
        Path out = dir.resolve("out");
        CliRun.Outcome run = run(args(out, "--annotator", "crowd=" + EXAMPLE + "crowd.csv:preference",
                "--annotator", "rm=" + EXAMPLE + "reward_model.csv:reward"));
        assertThat(run.exit()).as(run.stderr()).isZero();
        ReportSchema.assertValid(out.resolve("report.json"));
        assertThat(out.resolve("report.html")).content().contains("crowd/alice", "w_star");
        String summary = run.stdout();
        assertThat(summary.indexOf("humans and labels")).isLessThan(summary.indexOf("crowd/alice"));
        assertThat(summary.indexOf("models")).isLessThan(summary.indexOf("rm "))
                .isGreaterThan(summary.indexOf("humans pooled"));
    }
}
