package org.latitude.agreement;

/**
 * The nominal family of coefficients (nominal α, Fleiss' κ, Gwet's AC1, Bennett's S, Conger's κ, percent agreement,
 * one-vs-rest α per value) under unit weights, from per-unit sufficient statistics computed once: a bootstrap
 * replicate is then one weighted column sum over the units plus O(V) arithmetic (docs/methods.md
 * form"), instead of one pass over the value counts per coefficient. The formulas are those of
 * {@link KrippendorffAlpha#nominal}, {@link MultiRaterAgreement} and {@link KrippendorffAlpha#oneVsRest}; a test
 * checks that both routes agree under random weights.
 *
 * <p>Row layout per unit (V values): pairable, rated, Σ_c o_uc c, pa_u, n_uc if pairable (V), n_uc/m_u (V), the
 * binary o_u00 + o_u11 of each one-vs-rest recoding (V).
 */
final class NominalResampling {

    private static final int PAIRABLE = 0;
    private static final int RATED = 1;
    private static final int DIAGONAL = 2;
    private static final int AGREEMENT = 3;
    private static final int FIXED = 4;

    private final RatingTable table;
    private final int v;
    private final int width;
    private final double[] rows;

    NominalResampling(RatingTable t) {
        this.table = t;
        this.v = t.valueCount();
        this.width = FIXED + 3 * v;
        this.rows = new double[t.unitCount() * width];
        for (int u = 0; u < t.unitCount(); u++) {
            int m = t.ratingsOf(u);
            int row = u * width;
            rows[row + RATED] = 1;
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                rows[row + FIXED + v + t.countValue[a]] = (double) t.count[a] / m;
            }
            if (m < 2) {
                continue;
            }
            rows[row + PAIRABLE] = 1;
            double agree = 0;
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                int n = t.count[a];
                agree += (double) n * (n - 1);
                rows[row + FIXED + t.countValue[a]] = n;
            }
            rows[row + DIAGONAL] = agree / (m - 1);
            rows[row + AGREEMENT] = agree / ((double) m * (m - 1));
            for (int k = 0; k < v; k++) {
                double n = rows[row + FIXED + k];
                rows[row + FIXED + 2 * v + k] = (n * (n - 1) + (m - n) * (m - n - 1)) / (m - 1);
            }
        }
    }

    /** Number of values {@link #evaluate} returns: α, Fleiss, AC1, S, Conger, percent agreement, V one-vs-rest α. */
    int size() {
        return 6 + v;
    }

    double[] evaluate(int[] weights) {
        double[] s = new double[width];
        for (int u = 0; u < table.unitCount(); u++) {
            int w = weights == null ? 1 : weights[u];
            if (w == 0) {
                continue;
            }
            int row = u * width;
            for (int f = 0; f < width; f++) {
                s[f] += w * rows[row + f];
            }
        }
        double total = 0;
        double squares = 0;
        for (int k = 0; k < v; k++) {
            total += s[FIXED + k];
            squares += s[FIXED + k] * s[FIXED + k];
        }
        double[] out = new double[size()];
        out[0] = AlphaResult.of("nominal", total - s[DIAGONAL], total * total - squares, 0, total).value();
        double pa = s[PAIRABLE] > 0 ? s[AGREEMENT] / s[PAIRABLE] : Double.NaN;
        double fleiss = 0;
        double spread = 0;
        for (int k = 0; k < v; k++) {
            double pi = s[FIXED + v + k] / s[RATED];
            fleiss += pi * pi;
            spread += pi * (1 - pi);
        }
        out[1] = Coefficient.of(pa, fleiss).value();
        out[2] = v < 2 ? Double.NaN : Coefficient.of(pa, spread / (v - 1)).value();
        out[3] = Coefficient.of(pa, 1.0 / v).value();
        out[4] = Coefficient.of(pa, MultiRaterAgreement.congerChance(table, AgreementWeights.identity(v), weights))
                .value();
        out[5] = pa;
        for (int k = 0; k < v; k++) {
            double present = s[FIXED + k];
            double absent = total - present;
            out[6 + k] = AlphaResult.of("nominal", total - s[FIXED + 2 * v + k],
                    total * total - present * present - absent * absent, 0, total).value();
        }
        return out;
    }
}
