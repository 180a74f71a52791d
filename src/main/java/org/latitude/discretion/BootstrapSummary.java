package org.latitude.discretion;

import java.util.Arrays;

/**
 * The distribution of a statistic over bootstrap replicates (Efron and Tibshirani 1993): the mean and standard
 * deviation (ddof = 0, numpy {@code nanmean}/{@code nanstd}, as the paper reports them, spec §1.3 and §1.6) and the
 * 95 % percentile interval (linear interpolation between order statistics, numpy's default), all over the replicates
 * where the statistic is defined; {@code undefined} counts the others.
 */
public record BootstrapSummary(int replicates, int undefined, double mean, double sd, double low, double high) {

    /** No bootstrap was run. */
    public static final BootstrapSummary NONE = new BootstrapSummary(0, 0, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN);

    public static BootstrapSummary of(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int undefined = values.length - defined.length;
        if (defined.length == 0) {
            return new BootstrapSummary(values.length, undefined, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(defined).average().orElseThrow();
        double sd = Double.isFinite(mean)
                ? Math.sqrt(Arrays.stream(defined).map(v -> (v - mean) * (v - mean)).sum() / defined.length)
                : Double.NaN;
        return new BootstrapSummary(values.length, undefined, mean, sd, quantile(defined, 0.025),
                quantile(defined, 0.975));
    }

    /** Whether replicates were drawn and at least one gave a value. */
    public boolean present() {
        return replicates > undefined;
    }

    /** Quantile of ascending values; an infinite neighbour makes the bound infinite on its side. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double a = sorted[lo];
        double b = sorted[hi];
        double fraction = h - lo;
        if (fraction == 0 || a == b) {
            return a;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return p < 0.5 ? a : b;
        }
        return a + fraction * (b - a);
    }
}
