package org.latitude.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Ranks with the tie rules of docs/methods.md and Kendall's τ-b (Kendall 1945) as scipy computes
 * it; the τ-b reference value is the example of scipy's {@code kendalltau} documentation.
 */
class PriorityRanksAndKendallTauTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void averageRanksShareTheMeanPositionAndTruncationCastsToInt() {
        double[] w = {INF, INF, INF, 0.5, -0.2, -0.2, Double.NEGATIVE_INFINITY};
        assertThat(PriorityRanks.of(w, RankTies.AVERAGE)).containsExactly(2, 2, 2, 4, 5.5, 5.5, 7);
        assertThat(PriorityRanks.of(w, RankTies.TRUNCATED_AVERAGE)).containsExactly(2, 2, 2, 4, 5, 5, 7);
    }

    @Test
    void weightsEqualUpToRoundingNoiseAreTied() {
        double[] w = {0.3, 0.3 + 1e-14, -0.6};
        assertThat(PriorityRanks.of(w, RankTies.AVERAGE)).containsExactly(1.5, 1.5, 3);
    }

    @Test
    void tauBMatchesScipysDocumentedExampleWithTies() {
        double[] x = {12, 2, 1, 12, 2};
        double[] y = {1, 4, 7, 1, 0};
        assertThat(KendallTau.tauB(x, y)).isCloseTo(-0.47140452079103173, within(1e-15));
    }

    @Test
    void withoutTiesDiscrepancyIsTheShareOfPairsInOppositeOrder() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {2, 1, 3, 5, 4};
        assertThat(KendallTau.discrepancy(a, b)).isCloseTo(2.0 / 10, within(1e-15));
        assertThat(KendallTau.discrepancy(a, a)).isZero();
        assertThat(KendallTau.discrepancy(a, new double[] {5, 4, 3, 2, 1})).isEqualTo(1);
    }

    @Test
    void aRankingOfAllTiesMakesTauBUndefined() {
        assertThat(KendallTau.tauB(new double[] {1, 2, 3}, new double[] {2, 2, 2})).isNaN();
        assertThat(KendallTau.discrepancy(new double[] {1, 2, 3}, new double[] {2, 2, 2})).isNaN();
    }

    @Test
    void truncatingAverageRanksNeverChangesTauB() {
        double[] w1 = {3, 3, 1, 1, 1, 0, -2, -2};
        double[] w2 = {2, -1, 4, 4, 0, 0, 0, 5};
        double average = KendallTau.tauB(PriorityRanks.of(w1, RankTies.AVERAGE),
                PriorityRanks.of(w2, RankTies.AVERAGE));
        double truncated = KendallTau.tauB(PriorityRanks.of(w1, RankTies.TRUNCATED_AVERAGE),
                PriorityRanks.of(w2, RankTies.TRUNCATED_AVERAGE));
        assertThat(truncated).isEqualTo(average);
    }
}
