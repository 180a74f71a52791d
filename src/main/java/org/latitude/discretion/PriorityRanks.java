package org.latitude.discretion;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranks of principle priority weights, 1 = highest w*, with ties by {@link RankTies} (Buyl et al. 2025,
 * docs/methods.md). Weights within a relative 1e-9 of each other are tied, so that rounding
 * noise in the fit cannot split principles whose estimates are equal; ±∞ weights tie with each other.
 */
public final class PriorityRanks {

    static final double TIE_TOLERANCE = 1e-9;

    private PriorityRanks() {
    }

    /** The ranks, or all NaN when any weight is undefined. */
    public static double[] of(double[] weights, RankTies ties) {
        int k = weights.length;
        double[] ranks = new double[k];
        if (Arrays.stream(weights).anyMatch(Double::isNaN)) {
            Arrays.fill(ranks, Double.NaN);
            return ranks;
        }
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> weights[c]).reversed()
                .thenComparingInt(c -> c));
        int start = 0;
        while (start < k) {
            int end = start + 1;
            while (end < k && tied(weights[order[end - 1]], weights[order[end]])) {
                end++;
            }
            double average = (start + 1 + end) / 2.0;
            double rank = ties == RankTies.TRUNCATED_AVERAGE ? Math.floor(average) : average;
            for (int p = start; p < end; p++) {
                ranks[order[p]] = rank;
            }
            start = end;
        }
        return ranks;
    }

    private static boolean tied(double a, double b) {
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
