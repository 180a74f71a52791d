package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Majority vote follows the declared tie rule (docs/methods.md). */
class MajorityVoteTest {

    private final RatingTable tied = RatingTable.builder(ValueDomain.ordinal(List.of("safe", "needs_caution",
            "unsafe"))).add("u1", "a", "safe").add("u1", "b", "unsafe").add("u2", "a", "unsafe")
            .add("u2", "b", "unsafe").add("u2", "c", "safe").build();

    @Test
    void excludesTiesOrBreaksThemInTheDeclaredOrder() {
        assertThat(MajorityVote.of(tied, TieRule.EXCLUDE).labels()).containsExactly(-1, 2);
        assertThat(MajorityVote.of(tied, TieRule.HIGHEST_IN_ORDER).labels()).containsExactly(2, 2);
        assertThat(MajorityVote.of(tied, TieRule.LOWEST_IN_ORDER).labels()).containsExactly(0, 2);
        assertThat(MajorityVote.of(tied, TieRule.EXCLUDE).tiedUnits()).isEqualTo(1);
    }

    @Test
    void breaksTiesByTheDawidSkenePosterior() {
        DawidSkeneResult fit = DawidSkene.fit(tied);
        Consensus c = MajorityVote.of(tied, x -> true, TieRule.DAWID_SKENE, fit);
        int expected = fit.posterior(0, 0) >= fit.posterior(0, 2) ? 0 : 2;
        assertThat(c.label(0)).isEqualTo(expected);
    }
}
