package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.dataset.internal.Scans.lines;
import static org.latitude.dataset.internal.Scans.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;

class GenericJsonlImportTest {

    private static final ImportFormat JSONL = ImportFormat.GENERIC_JSONL;

    @Test
    void readsMessagesPromptResponsePromptOnlyAndPairs() {
        var out = scan(JSONL, lines(
                "{'id': 'm1', 'messages': [{'role': 'system', 'content': 'Be brief.'}, {'role': 'user', 'content': 'Hi'},"
                        + " {'role': 'assistant', 'content': 'Hello!'}], 'topic': 'greeting'}",
                "{'id': 'e1', 'prompt': 'Question?', 'response': 'Answer.'}",
                "{'id': 'e2', 'prompt': 'Only a prompt', 'response': null}",
                "{'id': 7, 'prompt': 'Which?', 'response_a': 'This one', 'response_b': 'That one'}",
                "{'id': 'p2', 'messages': [{'role': 'user', 'content': 'Ctx'}], 'response_a': 'A', 'response_b': 'B'}"));

        assertThat(out.problems()).isEmpty();
        assertThat(out.result().exchanges()).isEqualTo(3);
        assertThat(out.result().pairs()).isEqualTo(2);
        assertThat(out.item(0).turns()).containsExactly(new Turn(TurnRole.SYSTEM, "Be brief."),
                new Turn(TurnRole.USER, "Hi"), new Turn(TurnRole.ASSISTANT, "Hello!"));
        assertThat(out.item(0).metadata()).isEqualTo("{\"topic\":\"greeting\"}");
        assertThat(out.item(1).turns()).containsExactly(new Turn(TurnRole.USER, "Question?"),
                new Turn(TurnRole.ASSISTANT, "Answer."));
        assertThat(out.item(2).turns()).containsExactly(new Turn(TurnRole.USER, "Only a prompt"));
        assertThat(out.item(3).externalId()).isEqualTo("7");
        assertThat(out.item(3).kind()).isEqualTo(ItemKind.PAIR);
        assertThat(out.item(3).turns()).containsExactly(new Turn(TurnRole.USER, "Which?"));
        assertThat(out.item(3).responseA()).isEqualTo("This one");
        assertThat(out.item(3).responseB()).isEqualTo("That one");
        assertThat(out.item(4).turns()).containsExactly(new Turn(TurnRole.USER, "Ctx"));
        assertThat(out.item(4).line()).isEqualTo(5);
    }

    @Test
    void keepsContentExactlyIncludingSurroundingWhitespace() {
        var out = scan(JSONL, lines("{'id': 'w', 'prompt': '  leading and trailing \\n ', 'response': '\\u200b'}"));

        assertThat(out.problems()).isEmpty();
        assertThat(out.item(0).turns().get(0).content()).isEqualTo("  leading and trailing \n ");
        assertThat(out.item(0).turns().get(1).content()).isEqualTo("\u200b");
    }

    @Test
    void reportsEachBadLineWithItsNumberAndReason() {
        var out = scan(JSONL, lines(
                "{'id': 'ok1', 'prompt': 'fine'}",
                "{'id': 'broken', 'prompt': ",
                "{'id': 'noprompt', 'response': 'r'}",
                "{'id': 'role', 'messages': [{'role': 'bot', 'content': 'x'}]}",
                "{'id': 'empty', 'prompt': '   '}",
                "{'id': 'ok1', 'prompt': 'again'}",
                "['not', 'an', 'object']",
                "{'prompt': 'no id'}",
                "{'id': 'nul', 'prompt': 'a\\u0000b'}",
                "{'id': 'sur', 'prompt': 'a\\ud800b'}"));

        assertThat(out.result().ok()).isFalse();
        assertThat(out.problems()).extracting(ImportProblem::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(out.problems().get(0).reason()).startsWith("invalid JSON");
        assertThat(out.problems().get(1).reason()).isEqualTo("missing field 'prompt'");
        assertThat(out.problems().get(2).reason()).contains("wrong role 'bot'", "messages[0].role");
        assertThat(out.problems().get(3).reason()).isEqualTo("empty content in 'prompt'");
        assertThat(out.problems().get(4).reason()).isEqualTo("duplicate id 'ok1' (first used on line 1)");
        assertThat(out.problems().get(5).reason()).isEqualTo("each line must hold one JSON object");
        assertThat(out.problems().get(6).reason()).isEqualTo("missing field 'id'");
        assertThat(out.problems().get(7).reason()).contains("U+0000", "cannot be stored");
        assertThat(out.problems().get(8).reason()).contains("unpaired surrogate");
    }

    @Test
    void refusesInvalidUtf8WithTheLineNumberInsteadOfReplacingIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(lines("{'id': '1', 'prompt': 'fine'}").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"2\", \"prompt\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 é: not UTF-8
        bytes.writeBytes("\"}\n{\"id\": \"3\", \"prompt\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8));

        var out = scan(JSONL, bytes.toByteArray(), ImportLimits.defaults());

        assertThat(out.problems()).hasSize(1);
        assertThat(out.problems().get(0).line()).isEqualTo(2);
        assertThat(out.problems().get(0).reason()).startsWith("invalid UTF-8");
        assertThat(out.items()).extracting(ParsedItem::externalId).containsExactly("1", "3");
    }

    @Test
    void refusesLinesAndFilesOverTheConfiguredLimits() {
        String text = lines("{'id': '1', 'prompt': 'short'}", "{'id': '2', 'prompt': '" + "x".repeat(200) + "'}",
                "{'id': '3', 'prompt': 'short'}");
        var longLine = scan(JSONL, text.getBytes(StandardCharsets.UTF_8), new ImportLimits(100, 10_000, 10));
        assertThat(longLine.problems()).containsExactly(new ImportProblem(2,
                "line longer than 100 bytes (limit latitude.import.max-line-bytes)"));

        var bigFile = scan(JSONL, text.getBytes(StandardCharsets.UTF_8), new ImportLimits(1000, 60, 10));
        assertThat(bigFile.problems()).hasSize(1);
        assertThat(bigFile.problems().get(0).line()).isZero();
        assertThat(bigFile.problems().get(0).reason()).contains("larger than 60 bytes", "max-file-bytes");

        var tooMany = scan(JSONL, text.replace("x".repeat(200), "y").getBytes(StandardCharsets.UTF_8),
                new ImportLimits(1000, 10_000, 2));
        assertThat(tooMany.problems()).extracting(ImportProblem::line).containsExactly(3L);
        assertThat(tooMany.problems().get(0).reason()).contains("more than 2 items", "max-items");
    }

    @Test
    void capsTheListedProblemsButCountsThemAll() {
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            garbage.append("not json ").append(i).append('\n');
        }
        var out = scan(JSONL, garbage.toString());

        assertThat(out.problems()).hasSize(ImportLimits.REPORTED_PROBLEMS);
        assertThat(out.result().problemCount()).isEqualTo(250);
        assertThat(out.problems().getLast().line()).isEqualTo(ImportLimits.REPORTED_PROBLEMS);
    }

    @Test
    void skipsBlankLinesAndReadsCrLfAndAByteOrderMarkWithoutShiftingLineNumbers() {
        String text = "\uFEFF{\"id\": \"a\", \"prompt\": \"one\"}\r\n\r\n{\"id\": \"b\", \"prompt\": \"two\"}\r\n"
                + "{\"id\": \"c\"}\r\n";
        var out = scan(JSONL, text);

        assertThat(out.items()).hasSize(2);
        assertThat(out.item(1).line()).isEqualTo(3);
        assertThat(out.item(1).turns().get(0).content()).isEqualTo("two");
        assertThat(out.problems()).containsExactly(new ImportProblem(4, "missing field 'prompt'"));
    }

    @Test
    void anEmptyFileIsAProblemNotAnEmptyDataset() {
        assertThat(scan(JSONL, "\n\n").problems()).containsExactly(new ImportProblem(0, "the file holds no items"));
    }

    @Test
    void refusesAmbiguousRows() {
        var out = scan(JSONL, lines(
                "{'id': '1', 'prompt': 'p', 'messages': [{'role': 'user', 'content': 'm'}]}",
                "{'id': '2', 'prompt': 'p', 'response': 'r', 'response_a': 'a', 'response_b': 'b'}",
                "{'id': '3', 'prompt': 'p', 'response_a': 'a'}",
                "{'id': '4', 'messages': [{'role': 'system', 'content': 's'}]}"));

        assertThat(out.problems()).extracting(ImportProblem::reason).containsExactly(
                "use either 'messages' or 'prompt', not both",
                "use either 'response' (an exchange) or 'response_a' and 'response_b' (a pair), not both",
                "missing field 'response_b'",
                "'messages' has no user turn");
    }
}
