package org.latitude.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Case-share intervals are Wilson score intervals: the worked examples of Newcombe (1998), "Two-sided confidence
 * intervals for the single proportion: comparison of seven methods", Statistics in Medicine 17, Table I (method 3),
 * to the four decimals published.
 */
class Newcombe1998WilsonTest {

    private static void assertWilson(int x, int n, double low, double high) {
        CaseShare s = CaseShare.of(ItemCase.CONSENSUS, x, n);
        assertThat(s.wilsonLow()).as("%d/%d low", x, n).isCloseTo(low, within(5e-5));
        assertThat(s.wilsonHigh()).as("%d/%d high", x, n).isCloseTo(high, within(5e-5));
    }

    @Test
    void tableOneScoreIntervals() {
        assertWilson(81, 263, 0.2553, 0.3662);
        assertWilson(15, 148, 0.0624, 0.1605);
        assertWilson(0, 20, 0.0, 0.1611);
        assertWilson(1, 29, 0.0061, 0.1718);
    }

    @Test
    void theIntervalNeverLeavesZeroToOneWhereWaldWould() {
        CaseShare one = CaseShare.of(ItemCase.CONFLICT, 1, 9);
        assertThat(one.share() - 1.96 * one.standardError()).as("Wald").isNegative();
        assertThat(one.wilsonLow()).isPositive();
        assertThat(CaseShare.of(ItemCase.CONFLICT, 9, 9).wilsonHigh()).isLessThanOrEqualTo(1.0);
    }
}
