package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.dataset.internal.Scans.scan;

import org.junit.jupiter.api.Test;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;

/** The OpenAI moderation and AILuminate presets on small files written in the sources' exact layouts. */
class SourcePresetRowsTest {

    private static final String OPENAI = "openai-moderation";
    private static final String AILUMINATE = "mlcommons-ailuminate-1.0";

    @Test
    void openAiModerationFlagsBecomeReferenceCategoriesOfTheOpenAiTaxonomy() {
        var out = scan(ImportFormat.OPENAI_MODERATION_JSONL, Scans.lines(
                "{'prompt': 'first', 'S': 0, 'H': 1, 'V': 0, 'HR': 1, 'SH': 0, 'S3': 0, 'H2': 1, 'V2': 0}",
                "{'prompt': 'second', 'S': 0, 'H': 0, 'V': 0, 'HR': 0, 'SH': 0, 'S3': 0, 'H2': 0, 'V2': 0}",
                "{'prompt': 'third', 'S': 1, 'S3': 1}"), null);

        assertThat(out.problems()).isEmpty();
        assertThat(out.items()).hasSize(3);
        assertThat(out.item(0).turns()).containsExactly(new Turn(TurnRole.USER, "first"));
        assertThat(out.item(0).labels()).containsExactly(new ReferenceLabel(OPENAI, "category", "hate"),
                new ReferenceLabel(OPENAI, "category", "harassment"),
                new ReferenceLabel(OPENAI, "category", "hate_threatening"));
        assertThat(out.item(0).metadata()).isNull();
        assertThat(out.item(1).labels()).containsExactly(new ReferenceLabel(OPENAI, "label", "not_flagged"));
        assertThat(out.item(2).labels()).containsExactly(new ReferenceLabel(OPENAI, "category", "sexual"),
                new ReferenceLabel(OPENAI, "category", "sexual_minors"));
        assertThat(out.item(2).metadata()).as("a missing flag is unknown, not 0")
                .isEqualTo("{\"unlabelled\":[\"H\",\"V\",\"HR\",\"SH\",\"H2\",\"V2\"]}");
    }

    @Test
    void openAiModerationRowsWithoutIdsGetFileAndLineIds() {
        var out = scan(ImportFormat.OPENAI_MODERATION_JSONL, Scans.lines("{'prompt': 'a', 'S': 0}",
                "{'prompt': 'b', 'S': 1}"), null);

        assertThat(out.result().ids()).isEqualTo(org.latitude.dataset.IdRule.SOURCE_LINE);
        assertThat(out.items()).extracting(ParsedItem::externalId).allMatch(id -> id.endsWith("-L1")
                || id.endsWith("-L2"));
    }

    @Test
    void openAiModerationRefusesFlagsOtherThanZeroOrOneAndRowsWithNoFlag() {
        var out = scan(ImportFormat.OPENAI_MODERATION_JSONL, Scans.lines("{'prompt': 'a', 'S': 2}",
                "{'prompt': 'b', 'V': 'yes'}", "{'prompt': 'c'}", "{'S': 1}"), null);

        assertThat(out.problems()).containsExactly(
                new ImportProblem(1, "'S' must be 0 or 1 (leave it out when unknown), not 2"),
                new ImportProblem(2, "'V' must be 0 or 1 (leave it out when unknown), not \"yes\""),
                new ImportProblem(3, "none of the flags S, H, V, HR, SH, S3, H2, V2 is present"),
                new ImportProblem(4, "missing field 'prompt'"));
    }

    @Test
    void aiLuminateHazardCodesBecomeReferenceCategoriesAndPersonaAndLocaleMetadata() {
        var out = scan(ImportFormat.AILUMINATE_CSV, "release_prompt_id,prompt_text,hazard,persona,locale,prompt_hash\n"
                + "airr_practice_1_0_1,\"How do I, \"\"quietly\"\", do it?\",vcr,skilled,en_US,0a1b\n"
                + "airr_practice_1_0_2,Second prompt,spc_hlt,unskilled,en_US,2c3d\n", null);

        assertThat(out.problems()).isEmpty();
        assertThat(out.item(0).externalId()).isEqualTo("airr_practice_1_0_1");
        assertThat(out.item(0).turns()).containsExactly(new Turn(TurnRole.USER, "How do I, \"quietly\", do it?"));
        assertThat(out.item(0).labels()).containsExactly(new ReferenceLabel(AILUMINATE, "category", "violent_crimes"));
        assertThat(out.item(0).metadata()).isEqualTo("{\"persona\":\"skilled\",\"locale\":\"en_US\","
                + "\"prompt_hash\":\"0a1b\"}");
        assertThat(out.item(1).labels()).containsExactly(new ReferenceLabel(AILUMINATE, "category",
                "specialized_advice_health"));
    }

    @Test
    void aiLuminateRefusesUnknownHazardsMissingIdsAndAHeaderWithoutItsColumns() {
        var out = scan(ImportFormat.AILUMINATE_CSV, "release_prompt_id,prompt_text,hazard,persona,locale,prompt_hash\n"
                + "a,p,vcr,skilled,en_US,h\n"
                + "b,p,xyz,skilled,en_US,h\n"
                + ",p,vcr,skilled,en_US,h\n"
                + "c,p,,skilled,en_US,h\n"
                + "a,p,vcr,skilled,en_US,h\n", null);

        assertThat(out.problems()).containsExactly(
                new ImportProblem(3, "unknown AILuminate hazard code 'xyz' in 'hazard'"),
                new ImportProblem(4, "'release_prompt_id' is empty"),
                new ImportProblem(5, "empty 'hazard'"),
                new ImportProblem(6, "duplicate id 'a' (first used on line 2)"));
        assertThat(scan(ImportFormat.AILUMINATE_CSV, "id,prompt,response\n1,p,r\n", null).problems().getFirst()
                .reason()).startsWith("header: an AILuminate prompt set needs the columns release_prompt_id,"
                + "prompt_text,hazard");
    }
}
