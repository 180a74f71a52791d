package org.latitude.agreement;

/**
 * Krippendorff's α, {@code 1 − D_o/D_e = 1 − (n.. − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck} (Krippendorff 2004,
 * <i>Content Analysis</i>, 2nd ed., §11.3–11.5; Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability";
 * docs/methods.md), computed in one pass over the per-unit value counts of a {@link RatingTable}. Units with
 * fewer than two ratings are dropped everywhere, marginals included. α is NaN with a reason when no unit is pairable
 * or the expected disagreement is 0 (no variation), never 1.
 *
 * <p>Cost: nominal O(Σ_u V_u) (only the diagonal of the coincidence matrix is needed, closed form §2.6); interval
 * O(Σ_u V_u) via per-unit sums of squares; ratio, custom and set distances O(Σ_u V_u²) plus O(V²) over the values
 * used; ordinal O(Σ_u V_u² + V²) through the coincidence matrix, because its metric depends on the marginals.
 */
public final class KrippendorffAlpha {

    /** A difference function δ² between two value codes that does not depend on the data. */
    @FunctionalInterface
    interface PairDistance {
        double between(int a, int b);
    }

    private KrippendorffAlpha() {
    }

    /** α with the difference function of the table's level (set-valued data: MASI). */
    public static AlphaResult forLevel(RatingTable t, Level level) {
        return switch (level) {
            case NOMINAL -> nominal(t);
            case ORDINAL -> ordinal(t);
            case INTERVAL -> interval(t);
            case RATIO -> ratio(t);
            case SET -> sets(t, SetDistance.MASI);
        };
    }

    /** Nominal α: δ = 0 for equal values, 1 otherwise (for sets: exact-set α). */
    public static AlphaResult nominal(RatingTable t) {
        return nominal(t, null);
    }

    static AlphaResult nominal(RatingTable t, int[] weights) {
        double diagonal = 0;
        double[] n = new double[t.valueCount()];
        int units = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            int w = t.pairableWeight(u, weights);
            if (w == 0) {
                continue;
            }
            int m = t.ratingsOf(u);
            units += w;
            double scale = (double) w / (m - 1);
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                int nc = t.count[a];
                diagonal += scale * nc * (nc - 1);
                n[t.countValue[a]] += (double) w * nc;
            }
        }
        double total = 0;
        double squares = 0;
        for (double x : n) {
            total += x;
            squares += x * x;
        }
        return AlphaResult.of("nominal", total - diagonal, total * total - squares, units, total);
    }

    /**
     * Ordinal α: δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² over the declared order (Krippendorff 2004 p.223), which
     * depends on the pairable marginals; values declared but unused have n_g = 0.
     */
    public static AlphaResult ordinal(RatingTable t) {
        return ordinal(t, null);
    }

    static AlphaResult ordinal(RatingTable t, int[] weights) {
        requireOrdered(t);
        Coincidences o = Coincidences.of(t, weights);
        int v = o.valueCount();
        double[] n = o.marginals();
        double[] below = new double[v + 1];
        for (int g = 0; g < v; g++) {
            below[g + 1] = below[g] + n[g];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = c + 1; k < v; k++) {
                double d = below[k + 1] - below[c] - (n[c] + n[k]) / 2;
                double delta = d * d;
                observed += (o.get(c, k) + o.get(k, c)) * delta;
                expected += 2 * n[c] * n[k] * delta;
            }
        }
        return AlphaResult.of("ordinal", observed, expected, o.pairableUnits(), o.total());
    }

    /** Interval α: δ² = (x_c − x_k)², from per-unit sums of squared deviations (docs/methods.md). */
    public static AlphaResult interval(RatingTable t) {
        return interval(t, null);
    }

    static AlphaResult interval(RatingTable t, int[] weights) {
        requireNumbers(t, "interval");
        double[] x = numbers(t);
        double observed = 0;
        double[] n = new double[x.length];
        int units = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            int w = t.pairableWeight(u, weights);
            if (w == 0) {
                continue;
            }
            int m = t.ratingsOf(u);
            units += w;
            double sum = 0;
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                sum += t.count[a] * x[t.countValue[a]];
                n[t.countValue[a]] += (double) w * t.count[a];
            }
            double mean = sum / m;
            double squares = 0;
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                double d = x[t.countValue[a]] - mean;
                squares += t.count[a] * d * d;
            }
            observed += (double) w * 2 * m * squares / (m - 1);
        }
        double total = 0;
        double weighted = 0;
        for (int c = 0; c < x.length; c++) {
            total += n[c];
            weighted += n[c] * x[c];
        }
        double mean = total > 0 ? weighted / total : 0;
        double expected = 0;
        for (int c = 0; c < x.length; c++) {
            expected += n[c] * (x[c] - mean) * (x[c] - mean);
        }
        return AlphaResult.of("interval", observed, 2 * total * expected, units, total);
    }

    /** Ratio α: δ² = ((x_c − x_k)/(x_c + x_k))², defined as 0 when x_c = x_k = 0 (docs/methods.md). */
    public static AlphaResult ratio(RatingTable t) {
        return ratio(t, null);
    }

    static AlphaResult ratio(RatingTable t, int[] weights) {
        requireNumbers(t, "ratio");
        double[] x = numbers(t);
        return fixed(t, weights, "ratio", (a, b) -> {
            double s = x[a] + x[b];
            return s == 0 ? 0 : (x[a] - x[b]) * (x[a] - x[b]) / (s * s);
        });
    }

    /**
     * α with a custom symmetric difference matrix δ²[c][k] over the value codes (δ²[c][c] = 0), e.g. the weighted
     * α of Artstein &amp; Poesio (2008) p.568.
     */
    public static AlphaResult withDistances(RatingTable t, double[][] delta, String name) {
        return fixed(t, null, name, (a, b) -> delta[a][b]);
    }

    /** Set-valued α with a set distance used as δ² (docs/methods.md). */
    public static AlphaResult sets(RatingTable t, SetDistance distance) {
        return sets(t, distance, null);
    }

    static AlphaResult sets(RatingTable t, SetDistance distance, int[] weights) {
        if (t.setMasks == null) {
            throw new IllegalArgumentException("set distances need set-valued ratings, not " + t.domain);
        }
        long[] masks = t.setMasks;
        if (distance == SetDistance.EXACT) {
            AlphaResult a = nominal(t, weights);
            return new AlphaResult(distance.key(), a.value(), a.observedDisagreement(), a.expectedDisagreement(),
                    a.pairableUnits(), a.pairableValues(), a.reason());
        }
        return fixed(t, weights, distance.key(), (a, b) -> distance.between(masks[a], masks[b]));
    }

    /**
     * One-vs-rest α for one category: binary nominal α on [value = category] (for sets: [category ∈ set]), read
     * off the value counts without building the recoded table.
     */
    public static AlphaResult oneVsRest(RatingTable t, int category) {
        double diagonal = 0;
        double total = 0;
        double present = 0;
        int units = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            int m = t.unitStart[u + 1] - t.unitStart[u];
            if (m < 2) {
                continue;
            }
            units++;
            double n = 0;
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                int v = t.countValue[a];
                boolean hit = t.setMasks != null ? (t.setMasks[v] >>> category & 1L) != 0 : v == category;
                n += hit ? t.count[a] : 0;
            }
            diagonal += (n * (n - 1) + (m - n) * (m - n - 1)) / (m - 1);
            total += m;
            present += n;
        }
        double absent = total - present;
        return AlphaResult.of("nominal", total - diagonal, total * total - present * present - absent * absent, units,
                total);
    }

    /** α for a difference function independent of the data: O(Σ_u V_u²) pairs plus O(V²) over values used. */
    static AlphaResult fixed(RatingTable t, int[] weights, String name, PairDistance delta) {
        double observed = 0;
        double[] n = new double[t.valueCount()];
        int units = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            int w = t.pairableWeight(u, weights);
            if (w == 0) {
                continue;
            }
            int m = t.ratingsOf(u);
            units += w;
            double scale = 2.0 * w / (m - 1);
            int to = t.countStart[u + 1];
            for (int a = t.countStart[u]; a < to; a++) {
                int c = t.countValue[a];
                n[c] += (double) w * t.count[a];
                for (int b = a + 1; b < to; b++) {
                    observed += scale * t.count[a] * t.count[b] * delta.between(c, t.countValue[b]);
                }
            }
        }
        int[] used = java.util.stream.IntStream.range(0, n.length).filter(c -> n[c] > 0).toArray();
        double expected = 0;
        double total = 0;
        for (int i = 0; i < used.length; i++) {
            total += n[used[i]];
            for (int j = i + 1; j < used.length; j++) {
                expected += 2 * n[used[i]] * n[used[j]] * delta.between(used[i], used[j]);
            }
        }
        return AlphaResult.of(name, observed, expected, units, total);
    }

    private static double[] numbers(RatingTable t) {
        double[] x = new double[t.valueCount()];
        for (int c = 0; c < x.length; c++) {
            x[c] = t.domain.number(c);
        }
        return x;
    }

    private static void requireNumbers(RatingTable t, String metric) {
        if (!t.domain.isNumeric()) {
            throw new IllegalArgumentException(metric + " α needs numeric values, not " + t.domain);
        }
    }

    private static void requireOrdered(RatingTable t) {
        if (t.level() == Level.NOMINAL || t.level() == Level.SET) {
            throw new IllegalArgumentException("ordinal α needs a declared order, not " + t.domain);
        }
    }
}
