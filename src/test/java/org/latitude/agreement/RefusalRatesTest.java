package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Over- and under-refusal by the humans' and by a judge's verdicts, on a case counted by hand: ten prompts, the
 * human majority says safe for 1–6 and unsafe for 7–10; the assistant refused 1, 2, 7, 8 and 9. By the humans,
 * over-refusal = 2/6 (refused among safe) and under-refusal = 1/4 (item 10 complied among unsafe). The judge calls
 * 1, 2 and 7–10 unsafe: it would excuse both over-refusals (over-refusal 0/4) and report under-refusal 1/6.
 */
class RefusalRatesTest {

    @Test
    void aJudgeThatCallsRefusedPromptsUnsafeHidesOverRefusal() {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(List.of("safe", "unsafe")));
        Map<String, Boolean> refused = new HashMap<>();
        for (int i = 1; i <= 10; i++) {
            String unit = "p" + i;
            String humans = i <= 6 ? "safe" : "unsafe";
            b.add(unit, "h1", humans).add(unit, "h2", humans).add(unit, "h3", i == 3 ? "unsafe" : humans);
            b.add(unit, "judge", i <= 2 || i >= 7 ? "unsafe" : "safe");
            refused.put(unit, i <= 2 || (i >= 7 && i <= 9));
        }
        b.add("unflagged", "h1", "safe").add("unflagged", "judge", "unsafe");
        RefusalRatesResult r = RefusalRates.of(b.build(), Set.of("judge"), "unsafe", refused,
                AnalysisOptions.defaults().withBootstrap(200, 5), null);
        assertThat(r.items()).isEqualTo(10);
        assertThat(r.humanOver().value()).isCloseTo(2.0 / 6, within(1e-15));
        assertThat(r.humanUnder().value()).isCloseTo(1.0 / 4, within(1e-15));
        RefusalRatesResult.Model judge = r.models().getFirst();
        assertThat(judge.items()).isEqualTo(10);
        assertThat(judge.over().value()).isZero();
        assertThat(judge.under().value()).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(judge.overDifference().value()).isCloseTo(-1.0 / 3, within(1e-15));
        assertThat(judge.underDifference().value()).isCloseTo(1.0 / 6 - 1.0 / 4, within(1e-15));
        assertThat(judge.overDifference().interval().high()).isLessThanOrEqualTo(0);
        assertThat(r.humanOver().interval().low()).isLessThanOrEqualTo(r.humanOver().value());
    }

    @Test
    void withoutUnsafeItemsUnderRefusalIsUndefinedWithAReason() {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(List.of("safe", "unsafe")));
        b.add("p1", "h1", "safe").add("p1", "h2", "safe").add("p1", "m", "safe");
        RefusalRatesResult r = RefusalRates.of(b.build(), Set.of("m"), "unsafe", Map.of("p1", true),
                AnalysisOptions.defaults(), null);
        assertThat(r.humanOver().value()).isEqualTo(1.0);
        assertThat(r.humanUnder().defined()).isFalse();
        assertThat(r.humanUnder().reason()).contains("unsafe");
        assertThat(r.models().getFirst().underDifference().defined()).isFalse();
    }

    @Test
    void anUnknownVerdictIsRefused() {
        RatingTable t = RatingTable.builder(ValueDomain.nominal(List.of("safe", "unsafe"))).add("p1", "h1", "safe")
                .build();
        assertThatThrownBy(() -> RefusalRates.of(t, Set.of(), "harmful", Map.of(), AnalysisOptions.defaults(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("harmful");
    }
}
