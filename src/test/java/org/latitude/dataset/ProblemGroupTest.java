package org.latitude.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemGroupTest {

    private static ProblemGroup group(String reason, long... lines) {
        ProblemGroup.Builder builder = new ProblemGroup.Builder(reason);
        for (long line : lines) {
            builder.add(line);
        }
        return builder.build();
    }

    @Test
    void aRunOfLinesIsOneRange() {
        ProblemGroup.Builder builder = new ProblemGroup.Builder("missing field 'id'");
        for (long line = 1; line <= 1680; line++) {
            builder.add(line);
        }
        ProblemGroup group = builder.build();

        assertThat(group.lines()).isEqualTo(1680);
        assertThat(group.ranges()).containsExactly(new ProblemGroup.LineRange(1, 1680));
        assertThat(group).hasToString("1,680 lines: missing field 'id' — lines 1–1680");
    }

    @Test
    void nonContiguousLinesAreListedCompactlyInFileOrder() {
        assertThat(group("empty 'hazard'", 4, 9, 10, 11, 15))
                .hasToString("5 lines: empty 'hazard' — lines 4, 9–11, 15");
    }

    @Test
    void aSecondProblemOfTheSameLineIsNotCountedTwice() {
        assertThat(group("x", 3, 3, 4).lines()).isEqualTo(2);
    }

    @Test
    void aSingleLineReadsAsBefore() {
        assertThat(group("'prompt' must be a string", 7)).hasToString("Line 7: 'prompt' must be a string");
    }

    @Test
    void onlyTheFirstRangesAreListedAndTheRestCounted() {
        long[] lines = new long[ProblemGroup.LISTED_RANGES + 3];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = 2L * i + 1;
        }
        ProblemGroup group = group("bad", lines);

        assertThat(group.ranges()).hasSize(ProblemGroup.LISTED_RANGES);
        assertThat(group.lines()).isEqualTo(lines.length);
        assertThat(group.toString()).startsWith("15 lines: bad — lines 1, 3, 5,").endsWith(", 23, … and 3 more");
    }

    @Test
    void aFileProblemHasNoLines() {
        assertThat(new ProblemGroup("the file holds no items", 0, List.of()))
                .hasToString("File: the file holds no items");
    }

    @Test
    void theReportTextShowsOneLinePerReasonInsteadOfOnePerLine() {
        ProblemGroup missing = group("missing field 'prompt'", 1, 2, 3, 5);
        ProblemGroup bad = group("'S' must be 0 or 1 (leave it out when unknown), not 2", 4);
        List<ImportProblem> first = List.of(new ImportProblem(1, "missing field 'prompt'"));
        ImportReport report = new ImportReport(false, null, "d", "f.jsonl", ImportFormat.OPENAI_MODERATION_JSONL, 5,
                0, 0, first, List.of(missing, bad), 5, 0, null);

        assertThat(report.text()).isEqualTo("f.jsonl (OpenAI moderation samples) was not imported; nothing was "
                + "stored. 5 problems:\n4 lines: missing field 'prompt' — lines 1–3, 5\n"
                + "Line 4: 'S' must be 0 or 1 (leave it out when unknown), not 2");
    }
}
