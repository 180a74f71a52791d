package org.latitude.agreement;

/**
 * Krippendorff's coincidence matrix over pairable units (docs/methods.md):
 * {@code o_ck = Σ_u n_uc (n_uk − [c = k]) / (m_u − 1)}, built from the per-unit value counts in O(Σ_u V_u²), with
 * marginals {@code n_c} and total {@code n..}. Optional integer unit weights (how often a bootstrap replicate drew a
 * unit) multiply each unit's contribution.
 *
 * @param valueCount     V, the number of value codes
 * @param matrix         o, row-major V × V
 * @param marginals      n_c
 * @param total          n..
 * @param pairableUnits  units with m_u ≥ 2 (counted with their weights)
 */
public record Coincidences(int valueCount, double[] matrix, double[] marginals, double total, int pairableUnits) {

    public static Coincidences of(RatingTable table) {
        return of(table, null);
    }

    static Coincidences of(RatingTable t, int[] unitWeights) {
        int v = t.valueCount();
        double[] o = new double[v * v];
        double[] n = new double[v];
        int units = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            int w = t.pairableWeight(u, unitWeights);
            if (w == 0) {
                continue;
            }
            int m = t.ratingsOf(u);
            units += w;
            double scale = (double) w / (m - 1);
            int from = t.countStart[u];
            int to = t.countStart[u + 1];
            for (int a = from; a < to; a++) {
                int c = t.countValue[a];
                int nc = t.count[a];
                n[c] += (double) w * nc;
                for (int b = from; b < to; b++) {
                    int k = t.countValue[b];
                    o[c * v + k] += scale * nc * (t.count[b] - (a == b ? 1 : 0));
                }
            }
        }
        double total = 0;
        for (double x : n) {
            total += x;
        }
        return new Coincidences(v, o, n, total, units);
    }

    public double get(int c, int k) {
        return matrix[c * valueCount + k];
    }
}
