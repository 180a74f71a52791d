package org.latitude.agreement;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The κ-maximising tie margin of a pairwise judge with probabilities P(A), P(B), P(tie): answer "tie" when
 * |P(A) − P(B)| ≤ t, else the likelier of A and B; t ranges over the observed margins (and "never tie", reported as
 * −1), and the one whose answers have the highest Cohen's κ (Cohen 1960) with the human majority wins, the smallest
 * on a tie. Items are sorted once by margin; a replicate sweeps them, moving each from its A/B answer to "tie" and
 * updating the 3 × 3 table, so κ costs O(1) per candidate.
 */
final class TieMarginSweep {

    private final int[] unit;
    private final double[] margin;
    private final int[] answer;
    private final int[] majority;
    private final boolean[] lastOfRun;
    private final int tie;

    /**
     * @param unit        compared units
     * @param probability their probability vectors (three values)
     * @param majority    their human majority codes
     * @param tie         the value code of "tie"
     */
    TieMarginSweep(int[] unit, double[][] probability, int[] majority, int tie) {
        int a = tie == 0 ? 1 : 0;
        int b = tie == 2 ? 1 : 2;
        int n = unit.length;
        double[] m = new double[n];
        int[] said = new int[n];
        for (int k = 0; k < n; k++) {
            m[k] = Math.abs(probability[k][a] - probability[k][b]);
            said[k] = probability[k][b] > probability[k][a] ? b : a;
        }
        int[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble((Integer k) -> m[k])
                .thenComparingInt(k -> unit[k])).mapToInt(Integer::intValue).toArray();
        this.unit = IntStream.of(order).map(k -> unit[k]).toArray();
        this.margin = IntStream.of(order).mapToDouble(k -> m[k]).toArray();
        this.answer = IntStream.of(order).map(k -> said[k]).toArray();
        this.majority = IntStream.of(order).map(k -> majority[k]).toArray();
        this.lastOfRun = new boolean[n];
        for (int k = 0; k < n; k++) {
            lastOfRun[k] = k + 1 == n || margin[k + 1] != margin[k];
        }
        this.tie = tie;
    }

    /** [t, κ at t]; NaN when κ is undefined at every candidate. */
    double[] evaluate(int[] weights) {
        double[] table = new double[9];
        double[] truth = new double[3];
        double total = 0;
        for (int k = 0; k < unit.length; k++) {
            int w = weights == null ? 1 : weights[unit[k]];
            table[answer[k] * 3 + majority[k]] += w;
            truth[majority[k]] += w;
            total += w;
        }
        double[] best = {Double.NaN, Double.NEGATIVE_INFINITY};
        consider(best, -1, table, truth, total);
        double run = 0;
        for (int k = 0; k < unit.length; k++) {
            int w = weights == null ? 1 : weights[unit[k]];
            table[answer[k] * 3 + majority[k]] -= w;
            table[tie * 3 + majority[k]] += w;
            run += w;
            if (lastOfRun[k] && run > 0) {
                consider(best, margin[k], table, truth, total);
                run = 0;
            }
        }
        return best[1] == Double.NEGATIVE_INFINITY ? new double[] {Double.NaN, Double.NaN} : best;
    }

    private static void consider(double[] best, double t, double[] table, double[] truth, double total) {
        double agree = table[0] + table[4] + table[8];
        double chance = 0;
        for (int r = 0; r < 3; r++) {
            chance += (table[r * 3] + table[r * 3 + 1] + table[r * 3 + 2]) * truth[r];
        }
        chance /= total * total;
        if (total == 0 || chance >= 1 - 1e-15) {
            return;
        }
        double kappa = (agree / total - chance) / (1 - chance);
        if (kappa > best[1]) {
            best[0] = t;
            best[1] = kappa;
        }
    }
}
