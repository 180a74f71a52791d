package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.dataset.internal.Scans.scan;

import org.junit.jupiter.api.Test;
import org.latitude.dataset.IdRule;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ProblemGroup;

class GeneratedIdsTest {

    @Test
    void aGenericFileWhoseFirstRowHasNoIdGetsFileAndLineIdsAndKeepsAnyOwnIdAsSourceId() {
        var out = scan(ImportFormat.GENERIC_JSONL, Scans.lines("{'prompt': 'a'}", "{'id': 'x', 'prompt': 'b'}"), null);

        assertThat(out.problems()).isEmpty();
        assertThat(out.result().ids()).isEqualTo(IdRule.SOURCE_LINE);
        assertThat(out.item(1).metadata()).isEqualTo("{\"source_id\":\"x\"}");
    }

    @Test
    void aCsvWithoutAnIdColumnGetsFileAndLineIds() {
        var out = scan(ImportFormat.CSV, "prompt,response\np,r\nq,s\n", null);

        assertThat(out.problems()).isEmpty();
        assertThat(out.result().ids()).isEqualTo(IdRule.SOURCE_LINE);
        assertThat(out.items()).extracting(ParsedItem::line).containsExactly(2L, 3L);
    }

    @Test
    void askingForIdsFromTheFileReportsEveryMissingIdAsOneSummary() {
        var out = scan(ImportFormat.GENERIC_JSONL, Scans.lines("{'prompt': 'a'}", "{'prompt': 'b'}",
                "{'prompt': 'c'}", "{'id': 'd', 'prompt': 'd'}", "{'prompt': 'e'}"), IdRule.FROM_FILE);

        assertThat(out.result().problemCount()).isEqualTo(4);
        assertThat(out.result().groups()).extracting(ProblemGroup::toString)
                .containsExactly("4 lines: missing field 'id' — lines 1–3, 5");
    }

    @Test
    void contentHashIdsLeaveOutRepeatedContentAndCountIt() {
        var out = scan(ImportFormat.GENERIC_JSONL, Scans.lines("{'prompt': 'same', 'response': 'r'}",
                "{'prompt': 'other'}", "{'prompt': 'same', 'response': 'r', 'note': 'metadata is not content'}",
                "{'prompt': 'same'}"), IdRule.CONTENT_HASH);

        assertThat(out.problems()).isEmpty();
        assertThat(out.items()).extracting(ParsedItem::line).containsExactly(1L, 2L, 4L);
        assertThat(out.result().duplicatesSkipped()).isEqualTo(1);
        assertThat(out.item(0).externalId()).matches("c-[0-9a-f]{16}")
                .isEqualTo("c-" + GeneratedIds.contentHash(out.item(0)));
        assertThat(out.item(2).externalId()).as("a prompt without the response is other content")
                .isNotEqualTo(out.item(0).externalId());
    }

    @Test
    void contentHashesDoNotDependOnTheFile() {
        var first = scan(ImportFormat.GENERIC_JSONL, Scans.lines("{'id': '1', 'prompt': 'hello'}"),
                IdRule.CONTENT_HASH);
        var second = scan(ImportFormat.CSV, "prompt,response\nx,\nhello,\n", IdRule.CONTENT_HASH);

        assertThat(second.item(1).externalId()).isEqualTo(first.item(0).externalId());
        assertThat(first.item(0).metadata()).isEqualTo("{\"source_id\":\"1\"}");
    }

    @Test
    void aRowWithBothIdAndSourceIdCannotKeepItsOwnId() {
        var out = scan(ImportFormat.GENERIC_JSONL, Scans.lines("{'id': '1', 'source_id': '2', 'prompt': 'p'}"),
                IdRule.SOURCE_LINE);

        assertThat(out.problems().getFirst().reason()).startsWith("the row has both 'id' and 'source_id'");
    }
}
