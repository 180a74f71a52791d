package org.latitude.agreement;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * One model's calibration inputs reduced to the compared items (confidence, outcome, Brier term), sorted once by
 * descending confidence, and the statistic [ECE, Brier, threshold, κ at the threshold, observed frequency per bin]
 * under unit weights. A replicate costs a pass in unit order for the totals N and P, then one pass in confidence
 * order: each bin is a contiguous range there, and each threshold candidate the end of a run of equal confidences.
 *
 * <p>With N items, P positive by the majority, F flagged (P ≥ t) and TP flagged positives, Cohen's κ of the 2 × 2
 * table reduces to 2(N·TP − F·P) / (N·P + F·(N − 2P)), whose denominator is positive when 0 &lt; P &lt; N, so
 * candidates are compared by cross-multiplication, without a division per item; the smallest threshold wins a tie.
 * Weights are summed in doubles (exact for integer counts below 2⁵³), which the JIT handles far faster than longs.
 */
final class CalibrationData {

    static final int FIRST_BIN = 4;

    private final String model;
    private final int bins;
    private final boolean binary;
    private final int[] byUnit;
    private final int[] hitByUnit;
    private final int[] unit;
    private final double[] confidence;
    private final int[] hit;
    /** Σ_k (p_k − y_k)² per item with three or more values; on two values (p − y)² is computed on the fly. */
    private final double[] brier;
    private final int[] binStart;
    private final boolean[] lastOfRun;
    private final int withoutMajority;
    private final int withoutProbability;
    private final TieMarginSweep tieMargin;

    /** @param unit the compared units in ascending order, and their confidence, outcome and Brier term */
    private CalibrationData(String model, int bins, boolean binary, int[] unit, double[] confidence, int[] hit,
                            double[] brier, int withoutMajority, int withoutProbability, TieMarginSweep tieMargin) {
        int n = unit.length;
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> -confidence[k]).thenComparingInt(k -> unit[k]))
                .mapToInt(Integer::intValue).toArray();
        this.model = model;
        this.bins = bins;
        this.binary = binary;
        this.byUnit = unit;
        this.hitByUnit = hit;
        this.unit = IntStream.of(order).map(k -> unit[k]).toArray();
        this.confidence = IntStream.of(order).mapToDouble(k -> confidence[k]).toArray();
        this.hit = IntStream.of(order).map(k -> hit[k]).toArray();
        this.brier = binary ? null : IntStream.of(order).mapToDouble(k -> brier[k]).toArray();
        this.binStart = new int[bins + 1];
        this.lastOfRun = new boolean[n];
        int[] binOf = Arrays.stream(this.confidence).mapToInt(c -> Math.min(bins - 1, (int) Math.floor(c * bins)))
                .toArray();
        for (int b = 0; b <= bins; b++) {
            int first = b;
            binStart[b] = (int) Arrays.stream(binOf).filter(x -> x >= bins - first).count();
        }
        for (int k = 0; k < n; k++) {
            lastOfRun[k] = k + 1 == n || this.confidence[k + 1] != this.confidence[k];
        }
        this.withoutMajority = withoutMajority;
        this.withoutProbability = withoutProbability;
        this.tieMargin = tieMargin;
    }

    /** @param tie the value code of "tie" on a three-valued pairwise field, else -1 */
    static CalibrationData of(RatingTable t, int[] majority, ModelProbabilities p, int bins, int tie) {
        int v = t.valueCount();
        boolean binary = v == 2;
        int n = t.unitCount();
        int[] unit = new int[n];
        double[] confidence = new double[n];
        int[] hit = new int[n];
        double[] brier = new double[n];
        double[][] vectors = new double[n][];
        int[] truth = new int[n];
        int size = 0;
        int noMajority = 0;
        int noProbability = 0;
        for (int u = 0; u < n; u++) {
            double[] probs = p.of(t.unitId(u));
            if (probs != null && probs.length != v) {
                throw new IllegalArgumentException("model " + p.model() + ", unit " + t.unitId(u) + ": " + probs.length
                        + " probabilities for a field of " + v + " values");
            }
            noMajority += probs != null && majority[u] < 0 ? 1 : 0;
            noProbability += probs == null && majority[u] >= 0 ? 1 : 0;
            if (probs == null || majority[u] < 0) {
                continue;
            }
            int top = argmax(probs);
            vectors[size] = probs;
            truth[size] = majority[u];
            unit[size] = u;
            confidence[size] = binary ? probs[1] : probs[top];
            hit[size] = (binary ? majority[u] == 1 : top == majority[u]) ? 1 : 0;
            brier[size++] = binary ? 0 : brier(probs, majority[u]);
        }
        int[] compared = Arrays.copyOf(unit, size);
        return new CalibrationData(p.model(), bins, binary, compared, Arrays.copyOf(confidence, size),
                Arrays.copyOf(hit, size), Arrays.copyOf(brier, size), noMajority, noProbability, tie < 0 ? null
                : new TieMarginSweep(compared, Arrays.copyOf(vectors, size), Arrays.copyOf(truth, size), tie));
    }

    double[] evaluate(int[] weights) {
        double total = 0;
        double positives = 0;
        for (int k = 0; k < byUnit.length; k++) {
            int w = weights == null ? 1 : weights[byUnit[k]];
            total += w;
            positives += w * hitByUnit[k];
        }
        double[] out = pass(weights, total, positives);
        if (tieMargin != null) {
            System.arraycopy(tieMargin.evaluate(weights), 0, out, 2, 2);
        }
        return out;
    }

    /** The pass in descending confidence: bins as ranges, the threshold candidates at the ends of runs. */
    private double[] pass(int[] weights, double total, double positives) {
        double[] out = new double[FIRST_BIN + bins];
        Arrays.fill(out, 2, 4, Double.NaN);
        boolean sweep = binary && positives > 0 && positives < total;
        double base = total * positives;
        double slope = total - 2 * positives;
        double flagged = 0;
        double truePositive = 0;
        double run = 0;
        double bestNumerator = -1;
        double bestDenominator = 0;
        double brierSum = 0;
        double ece = 0;
        for (int b = bins - 1; b >= 0; b--) {
            double flaggedBefore = flagged;
            double hitsBefore = truePositive;
            double conf = 0;
            for (int k = binStart[bins - 1 - b]; k < binStart[bins - b]; k++) {
                int w = weights == null ? 1 : weights[unit[k]];
                int y = hit[k];
                double c = confidence[k];
                flagged += w;
                truePositive += w * y;
                conf += w * c;
                brierSum += w * (brier == null ? (c - y) * (c - y) : brier[k]);
                run += w;
                if (sweep && lastOfRun[k]) {
                    double numerator = total * truePositive - flagged * positives;
                    double denominator = base + flagged * slope;
                    // one rarely taken branch: a run drawn 0 times is not a threshold of this replicate
                    if (numerator * bestDenominator >= bestNumerator * denominator & run > 0) {
                        bestNumerator = numerator;
                        bestDenominator = denominator;
                        out[2] = c;
                    }
                    run = 0;
                }
            }
            double weight = flagged - flaggedBefore;
            double hits = truePositive - hitsBefore;
            ece += Math.abs(hits - conf);
            out[FIRST_BIN + b] = weight > 0 ? hits / weight : Double.NaN;
        }
        out[0] = total > 0 ? ece / total : Double.NaN;
        out[1] = total > 0 ? brierSum / total : Double.NaN;
        out[3] = sweep ? 2 * bestNumerator / bestDenominator : Double.NaN;
        return out;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            best = p[k] > p[best] ? k : best;
        }
        return best;
    }

    private static double brier(double[] p, int truth) {
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            double d = p[k] - (k == truth ? 1 : 0);
            sum += d * d;
        }
        return sum;
    }

    String model() {
        return model;
    }

    int bins() {
        return bins;
    }

    boolean binary() {
        return binary;
    }

    boolean tieMargin() {
        return tieMargin != null;
    }

    int items() {
        return unit.length;
    }

    int withoutMajority() {
        return withoutMajority;
    }

    int withoutProbability() {
        return withoutProbability;
    }

    /** Items per bin, lowest bin first. */
    int[] binCounts() {
        return IntStream.range(0, bins).map(b -> binStart[bins - b] - binStart[bins - 1 - b]).toArray();
    }

    /** Mean confidence per bin, lowest bin first (NaN for an empty bin). */
    double[] binConfidence() {
        return IntStream.range(0, bins).mapToDouble(b -> Arrays.stream(confidence, binStart[bins - 1 - b],
                binStart[bins - b]).average().orElse(Double.NaN)).toArray();
    }
}
