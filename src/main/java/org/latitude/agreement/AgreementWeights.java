package org.latitude.agreement;

/**
 * Agreement weight matrices {@code w_kl} (1 on the diagonal, in [0, 1]) for weighted coefficients: Gwet's AC2 and
 * weighted Fleiss κ (Gwet 2014, <i>Handbook of Inter-Rater Reliability</i>, 4th ed., ch. 3; irrCAC
 * {@code quadratic.weights}, {@code linear.weights}, {@code ordinal.weights}; docs/methods.md).
 */
public final class AgreementWeights {

    private AgreementWeights() {
    }

    /** w_kl = [k = l]: unweighted coefficients. */
    public static double[][] identity(int q) {
        double[][] w = new double[q][q];
        for (int k = 0; k < q; k++) {
            w[k][k] = 1;
        }
        return w;
    }

    /** Quadratic: {@code 1 − (x_k − x_l)² / (x_max − x_min)²} on the category values x. */
    public static double[][] quadratic(double[] x) {
        double range = range(x);
        return fill(x.length, (k, l) -> 1 - (x[k] - x[l]) * (x[k] - x[l]) / (range * range));
    }

    /** Linear: {@code 1 − |x_k − x_l| / (x_max − x_min)} on the category values x. */
    public static double[][] linear(double[] x) {
        double range = range(x);
        return fill(x.length, (k, l) -> 1 - Math.abs(x[k] - x[l]) / range);
    }

    /**
     * Gwet's ordinal weights on ranks 1..q: {@code 1 − C(|k − l| + 1, 2) / C(q, 2)}, where C(n, 2) = n(n − 1)/2
     * (irrCAC {@code ordinal.weights}; not Krippendorff's ordinal metric, docs/methods.md).
     */
    public static double[][] ordinal(int q) {
        double max = q * (q - 1) / 2.0;
        return fill(q, (k, l) -> {
            int n = Math.abs(k - l) + 1;
            return 1 - n * (n - 1) / 2.0 / max;
        });
    }

    /** Agreement weights {@code 1 − δ_kl / max δ} from a difference matrix (e.g. Artstein &amp; Poesio p.568). */
    public static double[][] fromDistances(double[][] delta) {
        double max = 0;
        for (double[] row : delta) {
            for (double d : row) {
                max = Math.max(max, d);
            }
        }
        double top = max;
        return fill(delta.length, (k, l) -> 1 - delta[k][l] / top);
    }

    static boolean isIdentity(double[][] w) {
        for (int k = 0; k < w.length; k++) {
            for (int l = 0; l < w.length; l++) {
                if (w[k][l] != (k == l ? 1 : 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private interface Cell {
        double at(int k, int l);
    }

    private static double[][] fill(int q, Cell cell) {
        double[][] w = new double[q][q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                w[k][l] = cell.at(k, l);
            }
        }
        return w;
    }

    private static double range(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("weights need at least two distinct category values");
        }
        return max - min;
    }
}
