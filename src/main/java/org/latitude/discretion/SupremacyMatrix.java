package org.latitude.discretion;

/**
 * Principle supremacy of one annotator (Buyl et al. 2025, docs/methods.md). For an ordered pair
 * of distinct principles (c, c'), W(c, c') counts the conflicts between c and c' (p<sub>c</sub>(i) ·
 * p<sub>c'</sub>(i) = −1, a(i) ≠ 0) that c wins, i.e. a(i) = p<sub>c</sub>(i); then n(c, c') = W(c, c') + W(c', c)
 * and PS(c, c') = W(c, c') / n(c, c'), undefined (NaN) when n = 0 and on the diagonal. Conflicts are counted per
 * principle pair: an item where 3 principles say +1 and 2 say −1 adds to 3 × 2 pairs. Immutable.
 */
public final class SupremacyMatrix {

    private final int size;
    private final double[] wins;

    private SupremacyMatrix(int size, double[] wins) {
        this.size = size;
        this.wins = wins;
    }

    /** The matrix of an annotator over all items. */
    public static SupremacyMatrix of(CaseClassification cases, Annotator annotator) {
        return weighted(cases, annotator.signsView(), null);
    }

    /**
     * The matrix when item i counts {@code weights[i]} times (a bootstrap resample); {@code null} weights count
     * every item once.
     */
    static SupremacyMatrix weighted(CaseClassification cases, byte[] labels, int[] weights) {
        int k = cases.principleCount();
        double[] wins = new double[k * k];
        int[] conflicts = cases.conflictItems();
        for (int j = 0; j < conflicts.length; j++) {
            int item = conflicts[j];
            int a = labels[item];
            int weight = weights == null ? 1 : weights[item];
            if (a == 0 || weight == 0) {
                continue;
            }
            int[] winners = a > 0 ? cases.firstPreferring(j) : cases.secondPreferring(j);
            int[] losers = a > 0 ? cases.secondPreferring(j) : cases.firstPreferring(j);
            for (int w : winners) {
                for (int l : losers) {
                    wins[w * k + l] += weight;
                }
            }
        }
        return new SupremacyMatrix(k, wins);
    }

    /** A matrix from explicit win counts, {@code wins[c][c']} = W(c, c'). */
    public static SupremacyMatrix ofWins(double[][] wins) {
        int k = wins.length;
        double[] flat = new double[k * k];
        for (int c = 0; c < k; c++) {
            if (wins[c].length != k) {
                throw new IllegalArgumentException("the win matrix must be square");
            }
            for (int d = 0; d < k; d++) {
                if (!(wins[c][d] >= 0) || (c == d && wins[c][d] != 0)) {
                    throw new IllegalArgumentException("wins must be >= 0 and 0 on the diagonal");
                }
                flat[c * k + d] = wins[c][d];
            }
        }
        return new SupremacyMatrix(k, flat);
    }

    public int size() {
        return size;
    }

    /** W(c, c'): conflicts between c and c' that c wins. */
    public double wins(int c, int other) {
        return wins[c * size + other];
    }

    /** n(c, c'): conflicts between c and c' on items with a strict annotator preference. */
    public double conflicts(int c, int other) {
        return wins[c * size + other] + wins[other * size + c];
    }

    /** PS(c, c') = W(c, c') / n(c, c'); NaN when n = 0 (including the diagonal). */
    public double supremacy(int c, int other) {
        double n = conflicts(c, other);
        return c == other || n == 0 ? Double.NaN : wins(c, other) / n;
    }
}
