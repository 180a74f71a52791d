package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Dawid &amp; Skene (1979) EM on data drawn from its own model (docs/methods.md, "Dawid–Skene": six coders of
 * decreasing accuracy and a spammer, prior 0.55/0.20/0.20/0.05): it recovers the prior and the coders' accuracies,
 * and its labels beat the majority vote because it learns whom to trust.
 */
class DawidSkene1979Test {

    private static final double[] ACCURACY = {0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.25};
    private static final double[] PRIOR = {0.55, 0.20, 0.20, 0.05};
    private final Synthetic data = new Synthetic(11, 2000, ACCURACY, PRIOR, 0.2);

    @Test
    void recoversPriorAndCoderAccuracies() {
        DawidSkeneResult fit = DawidSkene.fit(data.table);
        assertThat(fit.converged()).isTrue();
        double[] prior = fit.prior();
        for (int k = 0; k < PRIOR.length; k++) {
            assertThat(prior[k]).isCloseTo(PRIOR[k], within(0.03));
        }
        for (int j = 0; j < ACCURACY.length; j++) {
            assertThat(fit.accuracy(j)).as("coder h" + (j + 1)).isCloseTo(ACCURACY[j], within(0.05));
        }
    }

    @Test
    void posteriorLabelsBeatTheMajorityVote() {
        DawidSkeneResult fit = DawidSkene.fit(data.table);
        Consensus majority = MajorityVote.of(data.table, TieRule.LOWEST_IN_ORDER);
        int ds = 0;
        int mv = 0;
        for (int u = 0; u < data.table.unitCount(); u++) {
            int truth = data.truth[Integer.parseInt(data.table.unitId(u).substring(1))];
            ds += fit.label(u) == truth ? 1 : 0;
            mv += majority.label(u) == truth ? 1 : 0;
        }
        assertThat(ds).isGreaterThan(mv);
        assertThat((double) ds / data.table.unitCount()).isGreaterThan(0.9);
    }

    @Test
    void posteriorsAreDistributionsAndConfusionRowsSumToOne() {
        DawidSkeneResult fit = DawidSkene.fit(data.table);
        double sum = 0;
        for (int k = 0; k < fit.classCount(); k++) {
            sum += fit.posterior(7, k);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
        for (double[] row : fit.confusion(0)) {
            assertThat(java.util.Arrays.stream(row).sum()).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void convergedMeansTheLastLogLikelihoodChangeIsBelowTheTolerance() {
        DawidSkeneResult fit = DawidSkene.fit(data.table);
        assertThat(fit.finalChange()).isLessThan(DawidSkene.DEFAULT_TOLERANCE);
        DawidSkeneResult capped = DawidSkene.fit(data.table, 3, DawidSkene.DEFAULT_TOLERANCE,
                DawidSkene.DEFAULT_SMOOTHING, false);
        assertThat(capped.converged()).isFalse();
        assertThat(capped.iterations()).isEqualTo(3);
        assertThat(capped.finalChange()).isGreaterThanOrEqualTo(DawidSkene.DEFAULT_TOLERANCE);
    }
}
