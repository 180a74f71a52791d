package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.dataset.internal.Scans.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ImportSource;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import org.latitude.testsupport.SharedFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HH-RLHF split rule of the alignment-discretion loader (Buyl et al. 2025's code release; docs/formats.md) on rows written for this test. */
class HhRlhfImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ImportFormat HH = ImportFormat.HH_RLHF_JSONL;

    private static String row(String chosen, String rejected) {
        var node = JSON.createObjectNode();
        node.put("chosen", chosen);
        node.put("rejected", rejected);
        return JSON.writeValueAsString(node);
    }

    @Test
    void splitsAtTheLastAssistantTurnIntoContextTurnsAndResponsesAChosenBRejected() {
        String context = "\n\nHuman: How do I boil an egg?\n\nAssistant: Soft or hard?\n\nHuman: Hard.";
        var out = scan(HH, row(context + "\n\nAssistant: Ten minutes in boiling water.",
                context + "\n\nAssistant: Just microwave it.") + "\n");

        assertThat(out.problems()).isEmpty();
        ParsedItem pair = out.item(0);
        assertThat(pair.kind()).isEqualTo(ItemKind.PAIR);
        assertThat(pair.externalId()).isEqualTo("0");
        assertThat(pair.turns()).containsExactly(new Turn(TurnRole.USER, "How do I boil an egg?"),
                new Turn(TurnRole.ASSISTANT, "Soft or hard?"), new Turn(TurnRole.USER, "Hard."));
        assertThat(pair.responseA()).isEqualTo("Ten minutes in boiling water.");
        assertThat(pair.responseB()).isEqualTo("Just microwave it.");
        assertThat(pair.metadata()).contains("\"response_a\":\"chosen\"", "\"response_b\":\"rejected\"");
        assertThat(pair.labels()).containsExactly(new ReferenceLabel("hh-rlhf", "preferred", "A"));
    }

    @Test
    void whenAResponseContainsAnotherAssistantTurnSplitsAtTheLastTurnBothShare() {
        String context = "\n\nHuman: Tell me a story.";
        String chosen = context + "\n\nAssistant: Once upon a time.\n\nAssistant: The end.";
        String rejected = context + "\n\nAssistant: No.";
        var out = scan(HH, row(chosen, rejected) + "\n");

        assertThat(out.problems()).isEmpty();
        assertThat(out.item(0).turns()).containsExactly(new Turn(TurnRole.USER, "Tell me a story."));
        assertThat(out.item(0).responseA()).isEqualTo("Once upon a time.\n\nAssistant: The end.");
        assertThat(out.item(0).responseB()).isEqualTo("No.");
        assertThat(out.item(0).metadata()).contains("shared by both transcripts");
    }

    @Test
    void keepsAnEmptyResponseAndNumbersItemsByLineIndex() {
        var out = scan(HH, row("\n\nHuman: a\n\nAssistant: x", "\n\nHuman: a\n\nAssistant: y") + "\n"
                + row("\n\nHuman: b\n\nAssistant: ", "\n\nHuman: b\n\nAssistant: fine") + "\n");

        assertThat(out.items()).extracting(ParsedItem::externalId).containsExactly("0", "1");
        assertThat(out.item(1).responseA()).isEmpty();
    }

    @Test
    void refusesTranscriptsWithoutASharedAssistantTurnOrHumanStart() {
        var out = scan(HH, row("no markers", "none here") + "\n"
                + row("Preamble\n\nHuman: q\n\nAssistant: a", "Preamble\n\nHuman: q\n\nAssistant: b") + "\n"
                + "{\"chosen\": \"\\n\\nHuman: q\\n\\nAssistant: a\"}\n");

        assertThat(out.problems()).containsExactly(
                new ImportProblem(1, "'chosen' and 'rejected' share no \"\\n\\nAssistant:\" turn to split at"),
                new ImportProblem(2, "the transcript must start with \"\\n\\nHuman:\""),
                new ImportProblem(3, "missing field 'rejected'"));
    }

    /** All 2,312 pairs of the HH-RLHF harmless-base test split import, and each rebuilds both transcripts exactly. */
    @Test
    void importsTheWholeHarmlessBaseTestSplitAndEveryPairRebuildsItsTranscripts() throws IOException {
        Path file = SharedFixtures.require("datasets/hh-rlhf-harmless-base-test/test.jsonl.gz");
        byte[] content;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            content = in.readAllBytes();
        }
        var out = scan(HH, ImportSource.of(content), ImportLimits.defaults());

        assertThat(out.problems()).isEmpty();
        assertThat(out.result().pairs()).isEqualTo(out.result().lines());
        List<JsonNode> rows = new ArrayList<>();
        new String(content, java.nio.charset.StandardCharsets.UTF_8).lines().forEach(l -> rows.add(JSON.readTree(l)));
        assertThat(out.items()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ParsedItem pair = out.item(i);
            StringBuilder prefix = new StringBuilder();
            for (Turn turn : pair.turns()) {
                prefix.append(turn.role() == TurnRole.USER ? "\n\nHuman: " : "\n\nAssistant: ").append(turn.content());
            }
            assertThat(pair.externalId()).isEqualTo(Integer.toString(i));
            assertThat(prefix + "\n\nAssistant: " + pair.responseA()).isEqualTo(rows.get(i).get("chosen").stringValue());
            assertThat(prefix + "\n\nAssistant: " + pair.responseB())
                    .isEqualTo(rows.get(i).get("rejected").stringValue());
        }
    }
}
