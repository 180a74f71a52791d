package org.latitude.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The bootstrap of α by Hayes &amp; Krippendorff (2007), "Answering the call for a standard reliability measure for
 * coding data", <i>Communication Methods and Measures</i> 1(1); Krippendorff (2006, rev. 2011), "Algorithm for
 * bootstrapping a distribution of α" (the KALPHA macro); docs/methods.md.
 *
 * <p>Cells c ≤ k of the observed coincidence matrix form a sampling distribution ({@code p_cc = o_cc/n..},
 * {@code p_ck = 2 o_ck/n..}); each replicate draws M cells, M = the number of pairable coder pairs
 * {@code Σ_u m_u(m_u − 1)/2} (capped at {@value #MAX_DRAWS}), and sets {@code α* = 1 − Σ δ² / (M · D_e)} with D_e
 * fixed at its observed value, clipped at −1. As in KALPHA, about {@code X · Σ_c p_cc^M} replicates that came out
 * as α* = 1 only because every draw fell on one diagonal cell are set to 0. Pairs are treated as independent and
 * D_e is not resampled, so the interval is narrower than the unit bootstrap's (docs/methods.md).
 */
public final class HayesKrippendorffBootstrap {

    public static final String METHOD = "hayes-krippendorff-2007";
    static final int MAX_DRAWS = 100_000;

    private HayesKrippendorffBootstrap() {
    }

    /**
     * @param level   NOMINAL, ORDINAL, INTERVAL or RATIO (the metric of α)
     * @param replicates X, e.g. 10,000
     */
    public static HayesKrippendorffResult run(RatingTable t, Level level, int replicates, long seed,
                                              double confidence) {
        AlphaResult alpha = KrippendorffAlpha.forLevel(t, level);
        long pairs = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            long m = t.ratingsOf(u);
            pairs += m * (m - 1) / 2;
        }
        int draws = (int) Math.min(pairs, MAX_DRAWS);
        if (!alpha.defined()) {
            double[] none = new double[0];
            return new HayesKrippendorffResult(alpha, ConfidenceInterval.percentile(none, confidence, METHOD, seed),
                    draws, Double.NaN, Double.NaN);
        }
        Cells cells = cells(t, level, draws);
        double expected = alpha.expectedDisagreement();
        double[] alphas = new double[replicates];
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < replicates; b++) {
            double sum = 0;
            for (int d = 0; d < draws; d++) {
                int i = Arrays.binarySearch(cells.cumulative(), random.nextDouble() * cells.total());
                sum += cells.delta()[i >= 0 ? i : Math.min(-i - 1, cells.delta().length - 1)];
            }
            alphas[b] = Math.max(-1, 1 - sum / (draws * expected));
        }
        long correction = Math.round(replicates * cells.diagonalPower());
        for (int b = 0; b < replicates && correction > 0; b++) {
            if (alphas[b] == 1) {
                alphas[b] = 0;
                correction--;
            }
        }
        return new HayesKrippendorffResult(alpha, ConfidenceInterval.percentile(alphas, confidence, METHOD, seed),
                draws, share(alphas, 0.667), share(alphas, 0.800));
    }

    /**
     * The sampling distribution over cells c ≤ k of the coincidence matrix: cumulative probabilities, each cell's
     * δ², their total, and Σ_c p_cc^M (the chance that all M draws fall on one diagonal cell).
     */
    private record Cells(double[] cumulative, double[] delta, double total, double diagonalPower) {
    }

    private static Cells cells(RatingTable t, Level level, int draws) {
        Coincidences o = Coincidences.of(t, null);
        double[][] delta = distances(t, level, o);
        int v = o.valueCount();
        double[] cumulative = new double[v * (v + 1) / 2];
        double[] cellDelta = new double[cumulative.length];
        double diagonalPower = 0;
        int cell = 0;
        double running = 0;
        for (int c = 0; c < v; c++) {
            for (int k = c; k < v; k++) {
                double p = (c == k ? o.get(c, c) : 2 * o.get(c, k)) / o.total();
                diagonalPower += c == k ? Math.pow(p, draws) : 0;
                running += p;
                cumulative[cell] = running;
                cellDelta[cell++] = delta[c][k];
            }
        }
        return new Cells(cumulative, cellDelta, running, diagonalPower);
    }

    private static double share(double[] alphas, double below) {
        return (double) Arrays.stream(alphas).filter(a -> a < below).count() / alphas.length;
    }

    /** δ² of the metric for every pair of value codes (ordinal from the observed marginals). */
    static double[][] distances(RatingTable t, Level level, Coincidences o) {
        int v = o.valueCount();
        double[] n = o.marginals();
        double[] below = new double[v + 1];
        for (int g = 0; g < v; g++) {
            below[g + 1] = below[g] + n[g];
        }
        double[][] delta = new double[v][v];
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                delta[c][k] = switch (level) {
                    case NOMINAL -> c == k ? 0 : 1;
                    case ORDINAL -> ordinal(below, n, Math.min(c, k), Math.max(c, k));
                    case INTERVAL -> Math.pow(t.domain.number(c) - t.domain.number(k), 2);
                    case RATIO -> ratio(t.domain.number(c), t.domain.number(k));
                    case SET -> throw new IllegalArgumentException("use a unit bootstrap for set-valued α");
                };
            }
        }
        return delta;
    }

    private static double ordinal(double[] below, double[] n, int c, int k) {
        double d = c == k ? 0 : below[k + 1] - below[c] - (n[c] + n[k]) / 2;
        return d * d;
    }

    private static double ratio(double a, double b) {
        return a + b == 0 ? 0 : Math.pow((a - b) / (a + b), 2);
    }
}
