package org.latitude.discretion;

/**
 * Kendall's τ-b and the discretion discrepancy DD built on it (Buyl et al. 2025,
 * docs/methods.md; Kendall 1945, "The treatment of ties in ranking problems"; the same variant as scipy
 * {@code kendalltau(variant='b')}):
 * τ<sub>b</sub> = (P − Q) / √((T0 − X)(T0 − Y)), with T0 = K(K − 1)/2 pairs, P and Q the concordant and discordant
 * pairs, X (Y) the pairs tied in the first (second) ranking, ties in both included; DD = (1 − τ<sub>b</sub>)/2.
 */
public final class KendallTau {

    private KendallTau() {
    }

    /** τ-b of two equally long rankings; NaN when either is all ties (or has fewer than two entries) or NaN. */
    public static double tauB(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("rankings differ in length");
        }
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        long pairs = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double dx = Math.signum(x[i] - x[j]);
                double dy = Math.signum(y[i] - y[j]);
                if (Double.isNaN(dx) || Double.isNaN(dy)) {
                    return Double.NaN;
                }
                pairs++;
                tiedX += dx == 0 ? 1 : 0;
                tiedY += dy == 0 ? 1 : 0;
                concordant += dx * dy > 0 ? 1 : 0;
                discordant += dx * dy < 0 ? 1 : 0;
            }
        }
        double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
        return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
    }

    /** DD = (1 − τ<sub>b</sub>)/2 ∈ [0, 1]; NaN when τ-b is undefined. */
    public static double discrepancy(double[] ranksA, double[] ranksB) {
        return (1 - tauB(ranksA, ranksB)) / 2;
    }
}
