package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exact signed-rank test with mid-ranks (Wilcoxon 1945), against SciPy 1.17.1
 * {@code wilcoxon(d, alternative="less", method=PermutationMethod(n_resamples=inf))} (quoted values) and against
 * enumerating all 2ⁿ sign assignments.
 */
class Wilcoxon1945Test {

    @Test
    void matchesScipysExactPermutationDistribution() {
        SignedRankTest.Outcome a = SignedRankTest.less(new double[] {1.5, -0.3, 2.2, -4.1, 0.7, 0.7, -0.7, 3.0, -1.2,
                0.1});
        assertThat(a.pValue()).isCloseTo(0.7216796875, within(1e-15));
        assertThat(a.statistic()).isEqualTo(33.0);
        SignedRankTest.Outcome b = SignedRankTest.less(new double[] {0.8, 0.8, -0.2, -0.2, -0.2, -1.2, 0.8, -0.2,
                -1.2});
        assertThat(b.pValue()).isCloseTo(0.310546875, within(1e-15));
        assertThat(b.statistic()).isEqualTo(18.0);
    }

    @Test
    void equalsFullEnumerationWithTiesAndZeros() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 300; trial++) {
            double[] d = new double[1 + random.nextInt(14)];
            for (int i = 0; i < d.length; i++) {
                d[i] = random.nextInt(7) - 3;
            }
            double expected = AltTestReference.signedRank(d, 0);
            SignedRankTest.Outcome o = SignedRankTest.less(d);
            if (o.nonZero() == 0) {
                assertThat(o.pValue()).isNaN();
            } else {
                assertThat(o.pValue()).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void allDifferencesNegativeGiveTheSmallestPossiblePValue() {
        assertThat(SignedRankTest.less(new double[] {-1, -2, -3, -4, -5}).pValue()).isEqualTo(1.0 / 32);
        assertThat(SignedRankTest.less(new double[] {1, 2, 3}).pValue()).isEqualTo(1.0);
    }
}
