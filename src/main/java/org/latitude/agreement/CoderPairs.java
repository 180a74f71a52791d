package org.latitude.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Cohen's κ, Scott's π and (optionally) weighted κ for every pair of coders, each on the units the two share.
 *
 * <p>One pass over the units fills a V × V contingency table per coder pair from the ratings of each unit: O(Σ_u
 * m_u²), which is inherent to pairwise statistics (every pair needs its own table); the tables then cost O(P·V²).
 * Weighted κ (Cohen 1968) is {@code 1 − Σ v_kl p_kl / Σ v_kl p_k+ p_+l} with disagreement weights v, e.g. index
 * distances {@code |k − l|} (linear) or {@code (k − l)²} (quadratic) in the declared order, as in R irr
 * {@code kappa2}, sklearn and statsmodels (docs/methods.md).
 */
public final class CoderPairs {

    private CoderPairs() {
    }

    /** Index-distance disagreement weights {@code |k − l|^power} over q ordered categories. */
    public static double[][] indexDistances(int q, int power) {
        double[][] v = new double[q][q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                v[k][l] = Math.pow(Math.abs(k - l), power);
            }
        }
        return v;
    }

    public static PairwiseAgreement compute(RatingTable t) {
        return compute(t, null);
    }

    /** @param disagreement weights v_kl for weighted κ (v_kk = 0), or {@code null} for none */
    public static PairwiseAgreement compute(RatingTable t, double[][] disagreement) {
        int coders = t.coderIds.length;
        int v = t.valueCount();
        double[][] tables = new double[coders * (coders - 1) / 2][];
        for (int u = 0; u < t.unitCount(); u++) {
            int from = t.unitStart[u];
            int to = t.unitStart[u + 1];
            for (int i = from; i < to; i++) {
                for (int j = i + 1; j < to; j++) {
                    int a = t.coder[i];
                    int b = t.coder[j];
                    int pair = a < b ? index(a, b, coders) : index(b, a, coders);
                    double[] table = tables[pair];
                    if (table == null) {
                        table = tables[pair] = new double[v * v];
                    }
                    table[a < b ? t.value[i] * v + t.value[j] : t.value[j] * v + t.value[i]]++;
                }
            }
        }
        List<CoderPair> pairs = new ArrayList<>();
        for (int a = 0; a < coders; a++) {
            for (int b = a + 1; b < coders; b++) {
                pairs.add(pair(t.coderIds[a], t.coderIds[b], tables[index(a, b, coders)], v, disagreement));
            }
        }
        return new PairwiseAgreement(t.coderIds(), pairs);
    }

    static int index(int a, int b, int coders) {
        return a * coders - a * (a + 1) / 2 + (b - a - 1);
    }

    /** The statistics of one pair from its contingency table of counts (row = coder A, column = coder B). */
    static CoderPair pair(String a, String b, double[] table, int v, double[][] disagreement) {
        double n = 0;
        if (table != null) {
            for (double x : table) {
                n += x;
            }
        }
        if (n == 0) {
            Coefficient none = Coefficient.undefined("the two coders share no unit");
            return new CoderPair(a, b, 0, Double.NaN, none, none, disagreement == null ? null : none);
        }
        double[] rows = new double[v];
        double[] cols = new double[v];
        double agree = 0;
        for (int k = 0; k < v; k++) {
            agree += table[k * v + k] / n;
            for (int l = 0; l < v; l++) {
                rows[k] += table[k * v + l] / n;
                cols[l] += table[k * v + l] / n;
            }
        }
        double cohenChance = 0;
        double scottChance = 0;
        for (int k = 0; k < v; k++) {
            cohenChance += rows[k] * cols[k];
            scottChance += (rows[k] + cols[k]) * (rows[k] + cols[k]) / 4;
        }
        Coefficient weighted = disagreement == null ? null : weighted(table, rows, cols, n, disagreement);
        return new CoderPair(a, b, (int) n, agree, Coefficient.of(agree, cohenChance),
                Coefficient.of(agree, scottChance), weighted);
    }

    private static Coefficient weighted(double[] table, double[] rows, double[] cols, double n, double[][] v) {
        int q = rows.length;
        double observed = 0;
        double expected = 0;
        double max = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                observed += v[k][l] * table[k * q + l] / n;
                expected += v[k][l] * rows[k] * cols[l];
                max = Math.max(max, v[k][l]);
            }
        }
        if (!(expected > 0)) {
            return new Coefficient(Double.NaN, Double.NaN, Double.NaN, Coefficient.CHANCE_IS_ONE);
        }
        return new Coefficient(1 - observed / expected, 1 - observed / max, 1 - expected / max, null);
    }
}
