package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Benjamini–Yekutieli step-up (Benjamini &amp; Yekutieli 2001, Theorem 1.3), adjusted p-values checked against
 * SciPy 1.17.1 {@code false_discovery_control(p, method="by")} (quoted values) and rejections against the step-up
 * thresholds of an independent implementation.
 */
class BenjaminiYekutieli2001Test {

    @Test
    void adjustedPValuesMatchScipy() {
        double[] p = {0.01, 0.04, 0.03, 0.005, 0.2, 0.8};
        assertThat(BenjaminiYekutieli.apply(p, 0.05).adjusted())
                .containsExactly(new double[] {0.0735, 0.147, 0.147, 0.0735, 0.588, 1.0}, within(1e-12));
        double[] q = {0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205};
        BenjaminiYekutieli.Outcome by = BenjaminiYekutieli.apply(q, 0.05);
        assertThat(by.adjusted()).containsExactly(new double[] {0.02174286, 0.08697143, 0.18264, 0.18264, 0.18264,
                0.21742857, 0.22985306, 0.55716071}, within(1e-8));
        assertThat(by.rejected()).containsExactly(true, false, false, false, false, false, false, false);
    }

    @Test
    void rejectionsAreTheStepUpThresholdsAndTheAdjustedValuesAgreeWithThem() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 500; trial++) {
            double[] p = new double[1 + random.nextInt(12)];
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.pow(random.nextDouble(), 1 + random.nextInt(6));
            }
            BenjaminiYekutieli.Outcome by = BenjaminiYekutieli.apply(p, 0.05);
            assertThat(by.rejected()).containsExactly(AltTestReference.stepUp(p, 0.05));
            for (int i = 0; i < p.length; i++) {
                assertThat(by.adjusted()[i] <= 0.05 + 1e-12).isEqualTo(by.rejected()[i]);
                assertThat(by.adjusted()[i]).isGreaterThanOrEqualTo(p[i]);
            }
        }
    }

    @Test
    void anUndefinedPValueCountsInMButIsNeverRejected() {
        BenjaminiYekutieli.Outcome by = BenjaminiYekutieli.apply(new double[] {0.001, Double.NaN}, 0.05);
        assertThat(by.adjusted()[0]).isCloseTo(0.001 * 2 * 1.5, within(1e-15));
        assertThat(by.adjusted()[1]).isNaN();
        assertThat(by.rejected()).containsExactly(true, false);
    }
}
