package org.latitude.agreement;

import java.util.stream.IntStream;

/**
 * The contingency tables behind {@link HumanCeiling} under unit weights: each human's value × the others' majority;
 * each model's value × the full majority; and, per model and human, the changes on the units that human rated when
 * the full majority is replaced by the others' majority (as in {@link HumanModelComparison}). The statistic is
 * [human leave-one-out κ per human, their mean, then per model: κ with the majority, leave-one-out κ, percentile,
 * difference to the human mean]. A replicate costs O(R·(1 + M)) additions and O((H + M + M·H)·V²) for the κs.
 */
final class CeilingTables {

    private final RatingTable t;
    private final int[] humans;
    private final int[] humanIndex;
    private final int[] models;
    private final int[][] said;
    private final int[] majority;
    private final int[] others;
    private final int v;

    CeilingTables(RatingTable t, boolean[] isModel, int[] majority, int[] others) {
        this.t = t;
        this.humans = IntStream.range(0, t.coderCount()).filter(c -> !isModel[c]).toArray();
        this.models = IntStream.range(0, t.coderCount()).filter(c -> isModel[c]).toArray();
        this.humanIndex = new int[t.coderCount()];
        java.util.Arrays.fill(humanIndex, -1);
        for (int h = 0; h < humans.length; h++) {
            humanIndex[humans[h]] = h;
        }
        this.said = new int[models.length][];
        for (int m = 0; m < models.length; m++) {
            said[m] = HumanModelComparison.labelsOf(t, models[m]);
        }
        this.majority = majority;
        this.others = others;
        this.v = t.valueCount();
    }

    double[] evaluate(int[] weights) {
        int h = humans.length;
        double[][] human = new double[h][v * v];
        double[][] base = new double[models.length][v * v];
        double[][][] delta = new double[models.length][h][v * v];
        for (int u = 0; u < t.unitCount(); u++) {
            int w = weights == null ? 1 : weights[u];
            if (w == 0) {
                continue;
            }
            for (int m = 0; m < models.length; m++) {
                if (said[m][u] >= 0 && majority[u] >= 0) {
                    base[m][said[m][u] * v + majority[u]] += w;
                }
            }
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                int k = humanIndex[t.coder[i]];
                if (k < 0) {
                    continue;
                }
                if (others[i] >= 0) {
                    human[k][t.value[i] * v + others[i]] += w;
                }
                for (int m = 0; m < models.length; m++) {
                    int s = said[m][u];
                    if (s >= 0 && majority[u] >= 0) {
                        delta[m][k][s * v + majority[u]] -= w;
                    }
                    if (s >= 0 && others[i] >= 0) {
                        delta[m][k][s * v + others[i]] += w;
                    }
                }
            }
        }
        return figures(human, base, delta);
    }

    private double[] figures(double[][] human, double[][] base, double[][][] delta) {
        int h = humans.length;
        double[] out = new double[h + 1 + 4 * models.length];
        double sum = 0;
        int defined = 0;
        for (int k = 0; k < h; k++) {
            out[k] = kappa(human[k]);
            if (!Double.isNaN(out[k])) {
                sum += out[k];
                defined++;
            }
        }
        double humanMean = defined > 0 ? sum / defined : Double.NaN;
        out[h] = humanMean;
        for (int m = 0; m < models.length; m++) {
            int at = h + 1 + 4 * m;
            out[at] = kappa(base[m]);
            double looSum = 0;
            int looDefined = 0;
            for (int k = 0; k < h; k++) {
                double[] table = base[m].clone();
                for (int cell = 0; cell < table.length; cell++) {
                    table[cell] += delta[m][k][cell];
                }
                double kappa = kappa(table);
                if (!Double.isNaN(kappa)) {
                    looSum += kappa;
                    looDefined++;
                }
            }
            double loo = looDefined > 0 ? looSum / looDefined : Double.NaN;
            out[at + 1] = loo;
            out[at + 2] = defined == 0 || Double.isNaN(loo) ? Double.NaN : below(out, h, loo) / defined;
            out[at + 3] = loo - humanMean;
        }
        return out;
    }

    private static double below(double[] humanKappas, int h, double x) {
        int n = 0;
        for (int k = 0; k < h; k++) {
            n += humanKappas[k] < x ? 1 : 0;
        }
        return n;
    }

    private double kappa(double[] table) {
        return CoderPairs.pair("a", "b", table, v, null).cohenKappa().value();
    }

    int[] humans() {
        return humans;
    }

    int[] models() {
        return models;
    }

    /** Units human {@code h} (index among humans) rated where the others have a majority. */
    int humanUnits(int h) {
        int n = 0;
        for (int i = 0; i < t.ratingCount(); i++) {
            n += humanIndex[t.coder[i]] == h && others[i] >= 0 ? 1 : 0;
        }
        return n;
    }

    int comparedUnits(int m) {
        int n = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            n += said[m][u] >= 0 && majority[u] >= 0 ? 1 : 0;
        }
        return n;
    }
}
