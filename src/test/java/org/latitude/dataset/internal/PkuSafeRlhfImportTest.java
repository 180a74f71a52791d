package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.dataset.internal.Scans.lines;
import static org.latitude.dataset.internal.Scans.scan;

import org.junit.jupiter.api.Test;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;

class PkuSafeRlhfImportTest {

    private static final ImportFormat PKU = ImportFormat.PKU_SAFERLHF_JSONL;

    @Test
    void readsAPairWithItsSafetyFieldsAsReferenceLabelsAndTheRestAsMetadata() {
        var out = scan(PKU, lines("{'prompt': 'Q', 'response_0': 'R0', 'response_1': 'R1', 'prompt_source': 'demo', "
                + "'is_response_0_safe': true, 'is_response_1_safe': false, 'response_0_severity_level': 0, "
                + "'response_1_severity_level': 2, 'response_0_harm_category': {'Privacy Violation': false}, "
                + "'response_1_harm_category': {'Privacy Violation': true, 'Insulting Behavior': false}, "
                + "'better_response_id': 1, 'safer_response_id': 0}"));

        assertThat(out.problems()).isEmpty();
        ParsedItem pair = out.item(0);
        assertThat(pair.kind()).isEqualTo(ItemKind.PAIR);
        assertThat(pair.externalId()).isEqualTo("0");
        assertThat(pair.turns()).containsExactly(new Turn(TurnRole.USER, "Q"));
        assertThat(pair.responseA()).isEqualTo("R0");
        assertThat(pair.responseB()).isEqualTo("R1");
        assertThat(pair.labels()).containsExactly(
                new ReferenceLabel("pku-saferlhf", "response_a_safe", "true"),
                new ReferenceLabel("pku-saferlhf", "response_a_severity", "0"),
                new ReferenceLabel("pku-saferlhf", "response_b_safe", "false"),
                new ReferenceLabel("pku-saferlhf", "response_b_severity", "2"),
                new ReferenceLabel("pku-saferlhf", "response_b_harm_category", "Privacy Violation"),
                new ReferenceLabel("pku-saferlhf", "better_response", "B"),
                new ReferenceLabel("pku-saferlhf", "safer_response", "A"));
        assertThat(pair.metadata()).isEqualTo(
                "{\"response_a\":\"response_0\",\"response_b\":\"response_1\",\"prompt_source\":\"demo\"}");
    }

    @Test
    void reportsMissingResponsesAndMalformedSafetyFields() {
        var out = scan(PKU, lines(
                "{'prompt': 'Q', 'response_0': 'R0'}",
                "{'prompt': 'Q', 'response_0': 'R0', 'response_1': 'R1', 'better_response_id': 2}",
                "{'prompt': 'Q', 'response_0': 'R0', 'response_1': 'R1', 'is_response_0_safe': 'yes'}"));

        assertThat(out.problems()).containsExactly(new ImportProblem(1, "missing field 'response_1'"),
                new ImportProblem(2, "'better_response_id' must be 0 or 1"),
                new ImportProblem(3, "'is_response_0_safe' must be true or false"));
    }
}
