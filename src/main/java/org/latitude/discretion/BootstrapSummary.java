package org.latitude.discretion;

import java.util.Arrays;
import java.util.Locale;

/**
 * The distribution of a statistic over bootstrap replicates (Efron and Tibshirani 1993): the mean and standard
 * deviation (ddof = 0, numpy {@code nanmean}/{@code nanstd}, as Buyl et al. 2025 report them) and the 95 % percentile
 * interval (linear interpolation between order statistics, numpy's default), all over the replicates where the
 * statistic is defined; {@code undefined} counts the others. The interval is left undefined when fewer than
 * {@value #MIN_DEFINED_SHARE} of the replicates are defined: percentiles of the few defined ones would describe a
 * different resampling distribution (docs/methods.md, "Bootstrap rules"). Every undefined or infinite bound and
 * moment comes with its reason.
 *
 * @param intervalReason why {@code low}/{@code high} are undefined or infinite; empty when both are finite
 * @param momentsReason  why {@code mean}/{@code sd} are undefined or infinite; empty when both are finite
 */
public record BootstrapSummary(int replicates, int undefined, double mean, double sd, double low, double high,
                               String intervalReason, String momentsReason) {

    /** The share of defined replicates below which the percentile interval is not reported. */
    public static final double MIN_DEFINED_SHARE = 0.9;

    /** No bootstrap was run. */
    public static final BootstrapSummary NONE = new BootstrapSummary(0, 0, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, "no bootstrap was run", "no bootstrap was run");

    public static BootstrapSummary of(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int undefined = values.length - defined.length;
        if (defined.length == 0) {
            String none = "undefined in all " + values.length + " replicates";
            return new BootstrapSummary(values.length, undefined, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    none, none);
        }
        double mean = Arrays.stream(defined).average().orElseThrow();
        double sd = Double.isFinite(mean)
                ? Math.sqrt(Arrays.stream(defined).map(v -> (v - mean) * (v - mean)).sum() / defined.length)
                : Double.NaN;
        long plus = Arrays.stream(defined).filter(v -> v == Double.POSITIVE_INFINITY).count();
        long minus = Arrays.stream(defined).filter(v -> v == Double.NEGATIVE_INFINITY).count();
        String infinite = infinities(plus, minus, values.length);
        String moments = Double.isFinite(mean) ? "" : "mean and SD undefined: " + infinite;
        if (defined.length < MIN_DEFINED_SHARE * values.length) {
            String reason = String.format(Locale.ROOT, "interval undefined: only %d of %d replicates defined "
                    + "(below %.0f %%)", defined.length, values.length, 100 * MIN_DEFINED_SHARE);
            return new BootstrapSummary(values.length, undefined, mean, sd, Double.NaN, Double.NaN, reason, moments);
        }
        double low = quantile(defined, 0.025);
        double high = quantile(defined, 0.975);
        String interval = Double.isFinite(low) && Double.isFinite(high) ? ""
                : "interval unbounded (" + (Double.isInfinite(low) ? "below" : "")
                + (Double.isInfinite(low) && Double.isInfinite(high) ? " and " : "")
                + (Double.isInfinite(high) ? "above" : "") + "): " + infinite;
        return new BootstrapSummary(values.length, undefined, mean, sd, low, high, interval, moments);
    }

    private static String infinities(long plus, long minus, int replicates) {
        StringBuilder s = new StringBuilder();
        if (plus > 0) {
            s.append(plus).append(" of ").append(replicates).append(" replicates are +inf");
        }
        if (minus > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(minus).append(" of ").append(replicates)
                    .append(" replicates are -inf");
        }
        return s.toString();
    }

    /** Whether replicates were drawn and at least one gave a value. */
    public boolean present() {
        return replicates > undefined;
    }

    /** Replicates where the statistic is defined. */
    public int defined() {
        return replicates - undefined;
    }

    /** Whether the percentile interval is reported (enough defined replicates). */
    public boolean intervalDefined() {
        return replicates > 0 && defined() >= MIN_DEFINED_SHARE * replicates;
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
