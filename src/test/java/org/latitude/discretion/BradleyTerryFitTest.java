package org.latitude.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact Bradley–Terry fit of principle priorities with the ±∞ pre-assignment of Buyl et al. (2025)
 * (docs/methods.md) and the existence condition of Ford (1957) / Hunter (2004).
 */
class BradleyTerryFitTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void theFitSolvesZermelosLikelihoodEquationsAndIsCentred() {
        double[][] wins = {{0, 7, 3, 1}, {2, 0, 5, 4}, {4, 1, 0, 6}, {2, 3, 1, 0}};
        PriorityFit fit = BradleyTerryFit.fit(SupremacyMatrix.ofWins(wins));
        assertThat(fit.status()).isEqualTo(FitStatus.CONVERGED);
        double[] w = fit.weights();
        assertThat(Arrays.stream(w).sum()).isCloseTo(0, within(1e-12));
        for (int c = 0; c < 4; c++) {
            double expected = 0;
            double observed = 0;
            for (int d = 0; d < 4; d++) {
                expected += (wins[c][d] + wins[d][c]) / (1 + Math.exp(w[d] - w[c]));
                observed += wins[c][d];
            }
            assertThat(expected).as("expected wins of %d", c).isCloseTo(observed, within(1e-9));
        }
    }

    @Test
    void alwaysWinnerIsPlusInfinityAlwaysLoserAndUnconflictedPrincipleAreMinusInfinity() {
        double[][] withWinner = {
            {0, 2, 1, 3, 0, 0}, {1, 0, 2, 1, 0, 0}, {3, 1, 0, 2, 0, 0}, {0, 0, 0, 0, 0, 0},
            {2, 1, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}};
        PriorityFit fit = BradleyTerryFit.fit(SupremacyMatrix.ofWins(withWinner));
        assertThat(fit.weight(3)).as("lost every conflict").isEqualTo(-INF);
        assertThat(fit.weight(4)).as("won every conflict").isEqualTo(INF);
        assertThat(fit.weight(5)).as("no conflict at all: -inf comes second and wins").isEqualTo(-INF);
        assertThat(fit.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(fit.weight(0) + fit.weight(1) + fit.weight(2)).isCloseTo(0, within(1e-12));
        assertThat(fit.reason()).contains("+inf").contains("[4]").contains("[3, 5]");
    }

    @Test
    void reportsNonExistenceWhenTheWinGraphIsNotStronglyConnected() {
        // {0,1} beat each other, {2,3} beat each other, and 0 beats 2 but nothing of {2,3} beats {0,1}.
        double[][] wins = {{0, 2, 1, 0}, {3, 0, 0, 1}, {0, 0, 0, 2}, {0, 0, 1, 0}};
        PriorityFit fit = BradleyTerryFit.fit(SupremacyMatrix.ofWins(wins));
        assertThat(fit.status()).isEqualTo(FitStatus.DOES_NOT_EXIST);
        assertThat(fit.defined()).isFalse();
        assertThat(fit.components()).containsExactly(List.of(0, 1), List.of(2, 3));
        assertThat(java.util.Arrays.stream(fit.weights()).boxed()).allMatch(w -> w.isNaN());
        assertThat(fit.reason()).contains("not strongly connected");
        assertThat(java.util.Arrays.stream(PriorityRanks.of(fit.weights(), RankTies.AVERAGE)).boxed())
                .allMatch(r -> r.isNaN());
    }

    @Test
    void everyPrincipleInfiniteLeavesNothingToFitButDefinedRanks() {
        double[][] wins = {{0, 3, 0}, {0, 0, 0}, {0, 0, 0}};
        PriorityFit fit = BradleyTerryFit.fit(SupremacyMatrix.ofWins(wins));
        assertThat(fit.status()).isEqualTo(FitStatus.ALL_INFINITE);
        assertThat(fit.weights()).containsExactly(INF, -INF, -INF);
        assertThat(PriorityRanks.of(fit.weights(), RankTies.AVERAGE)).containsExactly(1, 2.5, 2.5);
    }

    @Test
    void aLargeWellSeparatedProblemStillConvergesInFewNewtonSteps() {
        int k = 30;
        double[][] wins = new double[k][k];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c != d) {
                    wins[c][d] = 1 + 400.0 / (1 + Math.exp(0.4 * (c - d)));
                }
            }
        }
        PriorityFit fit = BradleyTerryFit.fit(SupremacyMatrix.ofWins(wins));
        assertThat(fit.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(fit.iterations()).isLessThan(20);
        double[] ranks = PriorityRanks.of(fit.weights(), RankTies.AVERAGE);
        for (int c = 0; c < k; c++) {
            assertThat(ranks[c]).isEqualTo(c + 1);
        }
    }
}
