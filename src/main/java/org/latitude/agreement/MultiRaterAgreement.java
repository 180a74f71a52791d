package org.latitude.agreement;

/**
 * Multi-rater chance-corrected coefficients with missing ratings, in Gwet's unified framework (Gwet 2014,
 * <i>Handbook of Inter-Rater Reliability</i>, 4th ed., ch. 2–5; R irrCAC {@code fleiss.kappa.raw},
 * {@code gwet.ac1.raw}, {@code bp.coeff.raw}, {@code conger.kappa.raw}; docs/methods.md), from the
 * per-unit value counts in one pass. With r_u ratings of unit u, r_uk of them in category k and
 * {@code r*_uk = Σ_l w_kl r_ul}:
 * <ul>
 *   <li>P_a = mean over units with r_u ≥ 2 of {@code Σ_k r_uk (r*_uk − 1) / (r_u (r_u − 1))} (percent agreement,
 *       definition 1 in docs/methods.md when w is the identity);</li>
 *   <li>π_k = mean over units with r_u ≥ 1 of r_uk / r_u (single-rating units count here);</li>
 *   <li>Fleiss' κ generalised to unequal raters (Fleiss 1971; Gwet 2014): P_e = Σ_kl w_kl π_k π_l;</li>
 *   <li>Gwet's AC1/AC2 (Gwet 2008): P_e = T_w/(q(q − 1)) · Σ_k π_k (1 − π_k), T_w = Σ_kl w_kl;</li>
 *   <li>Bennett's S (Bennett, Alpert &amp; Goldstein 1954 = Brennan–Prediger 1981): P_e = T_w/q²;</li>
 *   <li>Conger's κ (Conger 1980; Davies &amp; Fleiss 1982): P_e = Σ_kl w_kl (p̄_k p̄_l − s²_kl/r) over the r coders'
 *       category shares p_gk (each coder over all units they rated).</li>
 * </ul>
 * q is the number of categories of the scheme (the value codes of the table), not the number observed
 * (docs/methods.md).
 */
public final class MultiRaterAgreement {

    private MultiRaterAgreement() {
    }

    /** Unweighted coefficients (AC1, Fleiss κ, S, Conger κ). */
    public static MultiRaterResult compute(RatingTable t) {
        return compute(t, AgreementWeights.identity(t.valueCount()), null);
    }

    /** Weighted coefficients (AC2, weighted Fleiss κ, weighted S and Conger κ) with agreement weights w. */
    public static MultiRaterResult compute(RatingTable t, double[][] weights) {
        return compute(t, weights, null);
    }

    /** Per-unit sums of one pass: π_k (before dividing by the rated units) and the observed-agreement sums. */
    private record Sums(double[] pi, double weightedAgreement, double agreement, double agreeingPairs,
                        double allPairs, long pairable, long rated) {
    }

    static MultiRaterResult compute(RatingTable t, double[][] w, int[] unitWeights) {
        int q = t.valueCount();
        if (w.length != q) {
            throw new IllegalArgumentException("weights are " + w.length + "×" + w.length + " for " + q + " values");
        }
        Sums s = sums(t, w, unitWeights);
        double[] pi = s.pi();
        for (int k = 0; k < q; k++) {
            pi[k] /= s.rated();
        }
        double pa = s.pairable() > 0 ? s.weightedAgreement() / s.pairable() : Double.NaN;
        double totalWeight = 0;
        double fleissChance = 0;
        double spread = 0;
        for (int k = 0; k < q; k++) {
            spread += pi[k] * (1 - pi[k]);
            for (int l = 0; l < q; l++) {
                totalWeight += w[k][l];
                fleissChance += w[k][l] * pi[k] * pi[l];
            }
        }
        Coefficient ac = q < 2 ? Coefficient.undefined("fewer than two categories declared")
                : Coefficient.of(pa, totalWeight / (q * (q - 1.0)) * spread);
        return new MultiRaterResult(Coefficient.of(pa, fleissChance), ac,
                Coefficient.of(pa, totalWeight / ((double) q * q)), conger(t, w, pa, unitWeights),
                s.pairable() > 0 ? s.agreement() / s.pairable() : Double.NaN,
                s.allPairs() > 0 ? s.agreeingPairs() / s.allPairs() : Double.NaN, (int) s.pairable(), (int) s.rated(),
                q);
    }

    /** One pass over the value counts: r_uk/r_u for π_k, and Σ_k r_uk (r*_uk − 1)/(r_u(r_u − 1)) per unit. */
    private static Sums sums(RatingTable t, double[][] w, int[] unitWeights) {
        boolean identity = AgreementWeights.isIdentity(w);
        double[] pi = new double[t.valueCount()];
        double weighted = 0;
        double plain = 0;
        double agreeingPairs = 0;
        double allPairs = 0;
        long pairable = 0;
        long rated = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            int weight = unitWeights == null ? 1 : unitWeights[u];
            int r = t.ratingsOf(u);
            rated += weight;
            double agree = 0;
            double agreeWeighted = 0;
            for (int a = t.countStart[u]; weight > 0 && a < t.countStart[u + 1]; a++) {
                int n = t.count[a];
                pi[t.countValue[a]] += (double) weight * n / r;
                agree += (double) n * (n - 1);
                agreeWeighted += identity ? 0 : n * (starCount(t, w, u, t.countValue[a]) - 1);
            }
            if (r >= 2 && weight > 0) {
                double pairs = (double) r * (r - 1);
                pairable += weight;
                plain += weight * agree / pairs;
                weighted += weight * (identity ? agree : agreeWeighted) / pairs;
                agreeingPairs += weight * agree;
                allPairs += weight * pairs;
            }
        }
        return new Sums(pi, weighted, plain, agreeingPairs, allPairs, pairable, rated);
    }

    /** r*_uk = Σ_l w_kl r_ul. */
    private static double starCount(RatingTable t, double[][] w, int u, int k) {
        double star = 0;
        for (int b = t.countStart[u]; b < t.countStart[u + 1]; b++) {
            star += w[k][t.countValue[b]] * t.count[b];
        }
        return star;
    }

    /**
     * Fleiss' (1971) category-specific κ_j = 1 − Σ_u n_uj (n − n_uj) / (N n (n − 1) p_j q_j), defined only when every
     * unit has the same number n ≥ 2 of ratings (docs/methods.md); NaN with a reason otherwise.
     */
    public static Coefficient[] categoryKappas(RatingTable t) {
        int q = t.valueCount();
        Coefficient[] out = new Coefficient[q];
        int n = t.unitCount() == 0 ? 0 : t.ratingsOf(0);
        for (int u = 0; u < t.unitCount(); u++) {
            if (t.ratingsOf(u) != n) {
                java.util.Arrays.fill(out, Coefficient.undefined("units have unequal numbers of ratings"));
                return out;
            }
        }
        if (n < 2) {
            java.util.Arrays.fill(out, Coefficient.undefined(Coefficient.NO_PAIRABLE));
            return out;
        }
        double[] share = new double[q];
        double[] disagreement = new double[q];
        for (int u = 0; u < t.unitCount(); u++) {
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                int j = t.countValue[a];
                share[j] += t.count[a];
                disagreement[j] += (double) t.count[a] * (n - t.count[a]);
            }
        }
        double units = t.unitCount();
        for (int j = 0; j < q; j++) {
            double p = share[j] / (units * n);
            double spread = units * n * (n - 1) * p * (1 - p);
            out[j] = spread > 0 ? new Coefficient(1 - disagreement[j] / spread, Double.NaN, Double.NaN, null)
                    : Coefficient.undefined("category " + t.valueLabel(j) + " is used by all or no ratings");
        }
        return out;
    }

    /**
     * Percent agreement alone (definition 1 in docs/methods.md: mean over units with ≥ 2 ratings of the share
     * of agreeing coder pairs), O(Σ_u V_u) whatever the number of values; NaN when no unit is pairable.
     */
    public static double percentAgreement(RatingTable t) {
        return percentAgreement(t, null);
    }

    static double percentAgreement(RatingTable t, int[] unitWeights) {
        double sum = 0;
        long pairable = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            int weight = t.pairableWeight(u, unitWeights);
            if (weight == 0) {
                continue;
            }
            int r = t.ratingsOf(u);
            double agree = 0;
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                agree += (double) t.count[a] * (t.count[a] - 1);
            }
            sum += weight * agree / ((double) r * (r - 1));
            pairable += weight;
        }
        return pairable > 0 ? sum / pairable : Double.NaN;
    }

    /** Conger's κ with irrCAC's extension to missing data: p_gk over the units coder g rated. */
    private static Coefficient conger(RatingTable t, double[][] w, double pa, int[] unitWeights) {
        if (t.coderIds.length < 2) {
            return Coefficient.undefined("fewer than two coders");
        }
        return Coefficient.of(pa, congerChance(t, w, unitWeights));
    }

    /** Conger's P_e = Σ_kl w_kl (p̄_k p̄_l − s²_kl / r); NaN with fewer than two coders. O(R + r·q²). */
    static double congerChance(RatingTable t, double[][] w, int[] unitWeights) {
        int q = t.valueCount();
        int coders = t.coderIds.length;
        if (coders < 2) {
            return Double.NaN;
        }
        double[][] p = new double[coders][q];
        double[] rated = new double[coders];
        for (int u = 0; u < t.unitCount(); u++) {
            int weight = unitWeights == null ? 1 : unitWeights[u];
            for (int i = t.unitStart[u]; weight > 0 && i < t.unitStart[u + 1]; i++) {
                p[t.coder[i]][t.value[i]] += weight;
                rated[t.coder[i]] += weight;
            }
        }
        double[] mean = new double[q];
        for (int g = 0; g < coders; g++) {
            for (int k = 0; k < q; k++) {
                p[g][k] = rated[g] > 0 ? p[g][k] / rated[g] : 0;
                mean[k] += p[g][k] / coders;
            }
        }
        double pe = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                if (w[k][l] == 0) {
                    continue;
                }
                double cross = 0;
                for (int g = 0; g < coders; g++) {
                    cross += p[g][k] * p[g][l];
                }
                double covariance = (cross - coders * mean[k] * mean[l]) / (coders - 1);
                pe += w[k][l] * (mean[k] * mean[l] - covariance / coders);
            }
        }
        return pe;
    }
}
