package org.latitude.agreement;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * One model's calibration inputs reduced to the compared items (confidence, outcome, Brier term, bin), and the
 * statistic [ECE, Brier, threshold, κ at the threshold, observed frequency per bin] under unit weights, computed
 * in O(N) per replicate: the threshold sweep walks a confidence order sorted once.
 */
final class CalibrationData {

    static final int FIRST_BIN = 4;

    private final String model;
    private final int bins;
    private final boolean binary;
    private final int[] unit;
    private final double[] confidence;
    private final boolean[] outcome;
    private final double[] brier;
    private final int[] bin;
    private final int[] descending;
    private final int withoutMajority;
    private final int withoutProbability;

    private CalibrationData(String model, int bins, boolean binary, int[] unit, double[] confidence,
                            boolean[] outcome, double[] brier, int withoutMajority, int withoutProbability) {
        this.model = model;
        this.bins = bins;
        this.binary = binary;
        this.unit = unit;
        this.confidence = confidence;
        this.outcome = outcome;
        this.brier = brier;
        this.bin = Arrays.stream(confidence).mapToInt(c -> Math.min(bins - 1, (int) Math.floor(c * bins))).toArray();
        this.descending = IntStream.range(0, unit.length).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> -confidence[k])).mapToInt(Integer::intValue)
                .toArray();
        this.withoutMajority = withoutMajority;
        this.withoutProbability = withoutProbability;
    }

    static CalibrationData of(RatingTable t, int[] majority, ModelProbabilities p, int bins) {
        int v = t.valueCount();
        boolean binary = v == 2;
        int n = t.unitCount();
        int[] unit = new int[n];
        double[] confidence = new double[n];
        boolean[] outcome = new boolean[n];
        double[] brier = new double[n];
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
            unit[size] = u;
            confidence[size] = binary ? probs[1] : probs[top];
            outcome[size] = binary ? majority[u] == 1 : top == majority[u];
            brier[size++] = binary ? square(probs[1] - (majority[u] == 1 ? 1 : 0)) : brier(probs, majority[u]);
        }
        return new CalibrationData(p.model(), bins, binary, Arrays.copyOf(unit, size),
                Arrays.copyOf(confidence, size), Arrays.copyOf(outcome, size), Arrays.copyOf(brier, size),
                noMajority, noProbability);
    }

    double[] evaluate(int[] weights) {
        double[] out = new double[FIRST_BIN + bins];
        double[] weight = new double[bins];
        double[] hits = new double[bins];
        double[] conf = new double[bins];
        double total = 0;
        double brierSum = 0;
        for (int k = 0; k < unit.length; k++) {
            int w = weights == null ? 1 : weights[unit[k]];
            if (w == 0) {
                continue;
            }
            total += w;
            brierSum += w * brier[k];
            weight[bin[k]] += w;
            hits[bin[k]] += outcome[k] ? w : 0;
            conf[bin[k]] += w * confidence[k];
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            ece += Math.abs(hits[b] - conf[b]);
            out[FIRST_BIN + b] = weight[b] > 0 ? hits[b] / weight[b] : Double.NaN;
        }
        out[0] = total > 0 ? ece / total : Double.NaN;
        out[1] = total > 0 ? brierSum / total : Double.NaN;
        double positives = 0;
        for (double h : hits) {
            positives += h;
        }
        sweep(weights, total, positives, out);
        return out;
    }

    /** The κ-maximising threshold over the observed confidences, highest first (two-valued fields only). */
    private void sweep(int[] weights, double total, double positives, double[] out) {
        out[2] = Double.NaN;
        out[3] = Double.NaN;
        if (!binary || total == 0 || positives == 0 || positives == total) {
            return;
        }
        double truePositive = 0;
        double flagged = 0;
        double group = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < descending.length; i++) {
            int k = descending[i];
            int w = weights == null ? 1 : weights[unit[k]];
            flagged += w;
            group += w;
            truePositive += outcome[k] ? w : 0;
            if (i + 1 < descending.length && confidence[descending[i + 1]] == confidence[k] || group == 0) {
                continue;
            }
            group = 0;
            double agree = truePositive + (total - positives - (flagged - truePositive));
            double chance = (flagged * positives + (total - flagged) * (total - positives)) / (total * total);
            double kappa = (agree / total - chance) / (1 - chance);
            if (kappa >= best) {
                best = kappa;
                out[2] = confidence[k];
                out[3] = kappa;
            }
        }
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
            sum += square(p[k] - (k == truth ? 1 : 0));
        }
        return sum;
    }

    private static double square(double x) {
        return x * x;
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

    int items() {
        return unit.length;
    }

    int withoutMajority() {
        return withoutMajority;
    }

    int withoutProbability() {
        return withoutProbability;
    }

    int[] binCounts() {
        int[] counts = new int[bins];
        for (int b : bin) {
            counts[b]++;
        }
        return counts;
    }

    double[] binConfidence() {
        double[] sum = new double[bins];
        int[] counts = binCounts();
        for (int k = 0; k < bin.length; k++) {
            sum[bin[k]] += confidence[k];
        }
        return IntStream.range(0, bins).mapToDouble(b -> counts[b] > 0 ? sum[b] / counts[b] : Double.NaN).toArray();
    }
}
