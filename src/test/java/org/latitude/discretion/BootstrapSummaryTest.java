package org.latitude.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Bootstrap summaries as numpy computes them: nanmean, nanstd (ddof 0), linear-interpolation percentiles. */
class BootstrapSummaryTest {

    @Test
    void meanSdAndPercentilesFollowNumpyAndSkipUndefinedReplicates() {
        double[] values = {10, 9, Double.NaN, 8, 7, 6, 5, 4, 3, 2, 1};
        BootstrapSummary s = BootstrapSummary.of(values);
        assertThat(s.replicates()).isEqualTo(11);
        assertThat(s.undefined()).isEqualTo(1);
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(s.sd()).isCloseTo(Math.sqrt(8.25), within(1e-12));
        assertThat(s.low()).isCloseTo(1.225, within(1e-12));
        assertThat(s.high()).isCloseTo(9.775, within(1e-12));
    }

    @Test
    void allUndefinedGivesNoValue() {
        BootstrapSummary s = BootstrapSummary.of(new double[] {Double.NaN, Double.NaN});
        assertThat(s.present()).isFalse();
        assertThat(s.mean()).isNaN();
    }

    @Test
    void anInfiniteNeighbourMakesTheBoundInfinite() {
        double[] values = new double[40];
        java.util.Arrays.fill(values, 1.0);
        values[39] = Double.POSITIVE_INFINITY;
        values[38] = Double.POSITIVE_INFINITY;
        assertThat(BootstrapSummary.of(values).high()).isInfinite();
        assertThat(BootstrapSummary.of(values).low()).isEqualTo(1.0);
    }
}
