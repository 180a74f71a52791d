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

    @Test
    void belowNinetyPercentDefinedReplicatesTheIntervalIsUndefinedWithItsReason() {
        double[] values = new double[100];
        java.util.Arrays.fill(values, Double.NaN);
        values[3] = 0.8293;
        values[70] = 0.8315;
        BootstrapSummary s = BootstrapSummary.of(values);
        assertThat(s.defined()).isEqualTo(2);
        assertThat(s.low()).isNaN();
        assertThat(s.high()).isNaN();
        assertThat(s.intervalDefined()).isFalse();
        assertThat(s.intervalReason()).contains("only 2 of 100 replicates defined", "90 %");
        values[5] = 0.83;
        double[] ninety = new double[10];
        java.util.Arrays.fill(ninety, 0.5);
        ninety[0] = Double.NaN;
        assertThat(BootstrapSummary.of(ninety).intervalDefined()).isTrue();
    }

    @Test
    void infiniteReplicatesGiveReasonsForTheBoundsAndMoments() {
        double[] values = new double[40];
        java.util.Arrays.fill(values, Double.POSITIVE_INFINITY);
        values[0] = 1.0;
        BootstrapSummary s = BootstrapSummary.of(values);
        assertThat(s.intervalReason()).contains("unbounded", "39 of 40 replicates are +inf");
        assertThat(s.momentsReason()).contains("mean and SD undefined");
    }
}
