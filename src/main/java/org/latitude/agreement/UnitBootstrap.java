package org.latitude.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Unit-level (cluster) percentile bootstrap (docs/methods.md; Efron &amp; Tibshirani 1993, ch. 13): each
 * replicate draws as many units as the table has, with replacement, and recomputes every statistic from the summed
 * per-unit counts, expressed as integer unit weights (how often each unit was drawn), so a replicate costs one pass
 * over the value counts and nothing is re-read. All statistics see the same replicates, which makes differences
 * between them paired (e.g. humans vs model). Replicates where a statistic is undefined are counted and left out.
 *
 * <p>Deterministic: replicate b uses its own generator seeded from (seed, b), and units are drawn in
 * {@link RatingTable#canonicalUnitOrder() sorted id order}, so the same data and seed give the same interval whatever
 * the input order or the number of threads.
 */
public final class UnitBootstrap {

    /**
     * One or more statistics computed together under unit weights ({@code null} weights = the observed data); NaN
     * marks a replicate where a statistic is undefined.
     */
    @FunctionalInterface
    public interface Statistic {
        double[] evaluate(int[] unitWeights);
    }

    public static final String METHOD = "unit-bootstrap";

    private final int replicates;
    private final long seed;
    private final double level;
    private final boolean parallel;

    public UnitBootstrap(int replicates, long seed, double level, boolean parallel) {
        if (replicates < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("need replicates ≥ 1 and 0 < level < 1");
        }
        this.replicates = replicates;
        this.seed = seed;
        this.level = level;
        this.parallel = parallel;
    }

    /** For each statistic, one interval per component, in the order given. */
    public List<ConfidenceInterval[]> intervals(RatingTable table, List<Statistic> statistics) {
        int units = table.unitCount();
        int[] order = table.canonicalUnitOrder();
        double[][][] draws = new double[statistics.size()][][];
        for (int s = 0; s < draws.length; s++) {
            draws[s] = new double[statistics.get(s).evaluate(null).length][replicates];
        }
        IntStream batches = IntStream.range(0, replicates);
        (parallel ? batches.parallel() : batches).forEach(b -> {
            int[] weights = weights(order, units, b);
            for (int s = 0; s < draws.length; s++) {
                double[] values = statistics.get(s).evaluate(weights);
                for (int c = 0; c < values.length; c++) {
                    draws[s][c][b] = values[c];
                }
            }
        });
        List<ConfidenceInterval[]> out = new ArrayList<>();
        for (double[][] statistic : draws) {
            ConfidenceInterval[] intervals = new ConfidenceInterval[statistic.length];
            for (int c = 0; c < statistic.length; c++) {
                intervals[c] = ConfidenceInterval.percentile(statistic[c], level, METHOD, seed);
            }
            out.add(intervals);
        }
        return out;
    }

    /** The unit weights of replicate b: N draws with replacement over the units in canonical order. */
    int[] weights(int[] order, int units, int b) {
        SplittableRandom random = new SplittableRandom(mix(seed, b));
        int[] weights = new int[units];
        for (int i = 0; i < units; i++) {
            weights[order[random.nextInt(units)]]++;
        }
        return weights;
    }

    /** SplitMix64 finaliser of (seed, replicate): independent, reproducible streams per replicate. */
    static long mix(long seed, long replicate) {
        long z = seed + 0x9E3779B97F4A7C15L * (replicate + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public int replicates() {
        return replicates;
    }

    public long seed() {
        return seed;
    }

    public double level() {
        return level;
    }

    @Override
    public String toString() {
        return "UnitBootstrap[" + replicates + " replicates, seed " + seed + ", level " + level + "]";
    }
}
