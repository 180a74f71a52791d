package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.dataset.internal.Scans.lines;
import static org.latitude.dataset.internal.Scans.scan;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;

class AegisImportTest {

    private static final String ROW = "{'id': 'a1', 'prompt': 'P', 'response': 'R', 'prompt_label': 'unsafe', "
            + "'response_label': 'safe', 'prompt_label_source': 'human', 'response_label_source': 'llm_jury', "
            + "'violated_categories': 'Violence, Hate/Identity Hate', 'reconstruction_id_if_redacted': null}";

    @Test
    void keepsTheLabelsAsAReferenceJudgmentWithResolvedCategoriesNotInTheMetadata() {
        var out = scan(ImportFormat.AEGIS_JSONL, lines(ROW,
                "{'id': 'a2', 'prompt': 'Only a prompt', 'response': null, 'prompt_label': 'Safe', "
                        + "'response_label': null, 'violated_categories': ''}"));

        assertThat(out.problems()).isEmpty();
        assertThat(out.item(0).turns()).containsExactly(new Turn(TurnRole.USER, "P"),
                new Turn(TurnRole.ASSISTANT, "R"));
        assertThat(out.item(0).labels()).containsExactly(
                new ReferenceLabel("aegis-2.0", "prompt_label", "unsafe"),
                new ReferenceLabel("aegis-2.0", "response_label", "safe"),
                new ReferenceLabel("aegis-2.0", "category", "violence"),
                new ReferenceLabel("aegis-2.0", "category", "hate_identity_hate"),
                new ReferenceLabel("aegis-2.0", "prompt_label_source", "human"),
                new ReferenceLabel("aegis-2.0", "response_label_source", "llm_jury"));
        assertThat(out.item(0).metadata()).isEqualTo("{\"reconstruction_id_if_redacted\":null}");
        assertThat(out.item(1).turns()).containsExactly(new Turn(TurnRole.USER, "Only a prompt"));
        assertThat(out.item(1).labels()).containsExactly(new ReferenceLabel("aegis-2.0", "prompt_label", "safe"));
    }

    @Test
    void resolvesNeedsCautionToTheVerdictLabelAndRefusesUnknownCategories() {
        var out = scan(ImportFormat.AEGIS_JSONL, lines(
                "{'id': 'n', 'prompt': 'P', 'prompt_label': 'unsafe', 'violated_categories': 'Needs Caution'}",
                "{'id': 'u', 'prompt': 'P', 'prompt_label': 'unsafe', 'violated_categories': 'Violence, Dragons'}",
                "{'id': 'l', 'prompt': 'P', 'prompt_label': 'maybe'}",
                "{'id': 'm', 'prompt': 'P'}"));

        assertThat(out.item(0).labels()).contains(new ReferenceLabel("aegis-2.0", "label", "needs_caution"));
        assertThat(out.problems()).containsExactly(
                new ImportProblem(2, "unknown Aegis 2.0 category 'Dragons' in 'violated_categories'"),
                new ImportProblem(3, "'prompt_label' must be safe or unsafe, not 'maybe'"),
                new ImportProblem(4, "missing field 'prompt_label'"));
    }

    @Test
    void readsAJsonArrayElementByElementWithLineNumbers() {
        String json = "[\n" + ROW.replace('\'', '"') + ",\n"
                + "  {\"id\": \"a2\", \"prompt\": \"\", \"prompt_label\": \"safe\"},\n"
                + "  42\n]\n";
        var out = scan(ImportFormat.AEGIS_JSON, json);

        assertThat(out.items()).as(out.problems().toString()).hasSize(1);
        assertThat(out.problems()).containsExactly(new ImportProblem(3, "empty content in 'prompt'"),
                new ImportProblem(4, "each element of the array must be a JSON object"));
    }

    @Test
    void brokenJsonInsideTheArrayEndsTheCheckWithItsLine() {
        String json = "[\n{\"id\": \"1\", \"prompt\": \"P\", \"prompt_label\": \"safe\"},\n{\"id\": \"2\",, }\n]";
        var out = scan(ImportFormat.AEGIS_JSON, json);

        assertThat(out.problems()).hasSize(1);
        assertThat(out.problems().get(0).line()).isEqualTo(3);
        assertThat(out.problems().get(0).reason()).startsWith("invalid JSON").endsWith("the rest of the file was not "
                + "checked");
    }

    @Test
    void refusesANonArrayAnOverlongElementAndInvalidUtf8() {
        assertThat(scan(ImportFormat.AEGIS_JSON, "{\"id\": 1}").problems().get(0).reason())
                .startsWith("an Aegis 2.0 JSON file must be one JSON array");

        String big = "[{\"id\": \"1\", \"prompt\": \"" + "x".repeat(500) + "\", \"prompt_label\": \"safe\"}]";
        var tooLong = scan(ImportFormat.AEGIS_JSON, big.getBytes(StandardCharsets.UTF_8),
                new ImportLimits(100, 10_000, 10));
        assertThat(tooLong.problems().get(0).reason()).contains("exceeds the import limits", "max-line-bytes");
        String wide = "[{\"id\": \"1\", \"prompt\": \"P\", \"prompt_label\": \"safe\", \"note\": [" + "\"xxxx\", ".repeat(40)
                + "\"x\"]}]";
        var tooWide = scan(ImportFormat.AEGIS_JSON, wide.getBytes(StandardCharsets.UTF_8),
                new ImportLimits(100, 10_000, 10));
        assertThat(tooWide.problems().get(0).reason()).startsWith("element longer than 100 characters");

        var tooLarge = scan(ImportFormat.AEGIS_JSON, big.getBytes(StandardCharsets.UTF_8),
                new ImportLimits(10_000, 200, 10));
        assertThat(tooLarge.problems()).hasSize(1);
        assertThat(tooLarge.problems().get(0).line()).isZero();
        assertThat(tooLarge.problems().get(0).reason()).contains("larger than 200 bytes", "max-file-bytes");

        byte[] latin1 = "[{\"id\": \"1\", \"prompt\": \"caf\u00e9\", \"prompt_label\": \"safe\"}]"
                .getBytes(StandardCharsets.ISO_8859_1);
        var invalid = scan(ImportFormat.AEGIS_JSON, latin1, ImportLimits.defaults());
        assertThat(invalid.problems()).hasSize(1);
        assertThat(invalid.problems().get(0).reason()).startsWith("invalid UTF-8");
    }
}
