package org.latitude.agreement;

import java.util.Arrays;

/**
 * Exact one-sided Wilcoxon signed-rank test (Wilcoxon 1945, "Individual comparisons by ranking methods",
 * <i>Biometrics Bulletin</i> 1(6)) of "the differences are centred below 0", conditional on the observed ties.
 * Zero differences are dropped (Wilcoxon's convention), tied absolute values share their mid-rank, and the p-value
 * P(T⁺ ≤ t⁺) with T⁺ = Σ<sub>d<sub>i</sub> &gt; 0</sub> r<sub>i</sub> is read off the exact permutation distribution
 * of T⁺ over the 2<sup>n</sup> equally likely sign assignments, counted by dynamic programming over doubled ranks
 * (O(n³)): what scipy's {@code wilcoxon(d, alternative="less", method=PermutationMethod(n_resamples=inf))} computes.
 * Used by the alt-test for annotators with fewer than 30 items, where the t-test's normality does not hold.
 */
final class SignedRankTest {

    /**
     * @param statistic t⁺, the sum of the ranks of the positive differences (NaN when nothing was left)
     * @param pValue    P(T⁺ ≤ t⁺) under the null hypothesis, NaN when every difference is 0
     * @param nonZero   the differences that entered the test
     */
    record Outcome(double statistic, double pValue, int nonZero) {
    }

    private SignedRankTest() {
    }

    static Outcome less(double[] differences) {
        double[] nonZero = Arrays.stream(differences).filter(d -> d != 0 && !Double.isNaN(d)).toArray();
        int n = nonZero.length;
        if (n == 0) {
            return new Outcome(Double.NaN, Double.NaN, 0);
        }
        int[] doubledRank = doubledMidRanks(nonZero);
        int observed = 0;
        int total = 0;
        for (int i = 0; i < n; i++) {
            observed += nonZero[i] > 0 ? doubledRank[i] : 0;
            total += doubledRank[i];
        }
        double[] distribution = new double[total + 1];
        distribution[0] = 1;
        int reach = 0;
        for (int r : doubledRank) {
            for (int s = reach; s >= 0; s--) {
                double half = distribution[s] / 2;
                distribution[s] = half;
                distribution[s + r] += half;
            }
            reach += r;
        }
        double p = 0;
        for (int s = 0; s <= observed; s++) {
            p += distribution[s];
        }
        return new Outcome(observed / 2.0, Math.min(1, p), n);
    }

    /** Twice the mid-rank of each |d| (integers: a mid-rank is a multiple of 1/2). */
    private static int[] doubledMidRanks(double[] d) {
        int n = d.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(d[a]), Math.abs(d[b])));
        int[] rank = new int[n];
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && Math.abs(d[order[end + 1]]) == Math.abs(d[order[start]])) {
                end++;
            }
            for (int k = start; k <= end; k++) {
                rank[order[k]] = start + end + 2;
            }
            start = end + 1;
        }
        return rank;
    }
}
