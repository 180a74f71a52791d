package org.latitude.agreement;

/**
 * A bootstrap percentile interval.
 *
 * @param low                  lower bound, NaN when no replicate was defined
 * @param high                 upper bound
 * @param level                coverage, e.g. 0.95
 * @param mean                 mean of the defined replicates
 * @param replicates           replicates drawn
 * @param undefinedReplicates  replicates where the statistic was undefined (e.g. no variation); left out
 * @param method               {@code unit-bootstrap} or {@code hayes-krippendorff-2007}
 * @param seed                 the seed that reproduces the interval
 */
public record ConfidenceInterval(double low, double high, double level, double mean, int replicates,
                                 int undefinedReplicates, String method, long seed) {

    /** Percentile interval of the defined values among {@code draws} (linear interpolation between order statistics). */
    static ConfidenceInterval percentile(double[] draws, double level, String method, long seed) {
        double[] defined = java.util.Arrays.stream(draws).filter(d -> !Double.isNaN(d)).sorted().toArray();
        int undefined = draws.length - defined.length;
        if (defined.length == 0) {
            return new ConfidenceInterval(Double.NaN, Double.NaN, level, Double.NaN, draws.length, undefined, method,
                    seed);
        }
        double tail = (1 - level) / 2;
        double mean = java.util.Arrays.stream(defined).average().orElse(Double.NaN);
        return new ConfidenceInterval(quantile(defined, tail), quantile(defined, 1 - tail), level, mean,
                draws.length, undefined, method, seed);
    }

    /** Quantile of sorted values, numpy's default "linear" method (Hyndman &amp; Fan 1996 type 7). */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
