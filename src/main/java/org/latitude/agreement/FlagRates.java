package org.latitude.agreement;

/**
 * Over- and under-flag rates of a model against the human consensus, per category k, over the units where both
 * have a label: over-flag {@code P(model = k | consensus ≠ k)} (e.g. model unsafe where the humans said safe),
 * under-flag {@code P(model ≠ k | consensus = k)}. NaN where the conditioning set is empty.
 *
 * @param over  per value code
 * @param under per value code
 */
public record FlagRates(double[] over, double[] under) {

    public FlagRates {
        over = over.clone();
        under = under.clone();
    }

    @Override
    public double[] over() {
        return over.clone();
    }

    @Override
    public double[] under() {
        return under.clone();
    }

    static FlagRates of(int[] said, int[] consensus, int values, int[] weights) {
        double[] s = statistic(said, consensus, values, weights);
        double[] over = new double[values];
        double[] under = new double[values];
        System.arraycopy(s, 1, over, 0, values);
        System.arraycopy(s, 1 + values, under, 0, values);
        return new FlagRates(over, under);
    }

    /**
     * [κ(model, consensus), over-flag rates per code, under-flag rates per code] under unit weights: what the unit
     * bootstrap resamples for a model.
     */
    static double[] statistic(int[] said, int[] consensus, int values, int[] weights) {
        double[] table = new double[values * values];
        for (int u = 0; u < said.length; u++) {
            int w = weights == null ? 1 : weights[u];
            if (w > 0 && said[u] >= 0 && consensus[u] >= 0) {
                table[said[u] * values + consensus[u]] += w;
            }
        }
        double[] out = new double[1 + 2 * values];
        out[0] = CoderPairs.pair("model", "consensus", table, values, null).cohenKappa().value();
        for (int k = 0; k < values; k++) {
            double notK = 0;
            double flaggedNotK = 0;
            double isK = 0;
            double missedK = 0;
            for (int m = 0; m < values; m++) {
                for (int c = 0; c < values; c++) {
                    double n = table[m * values + c];
                    notK += c != k ? n : 0;
                    flaggedNotK += c != k && m == k ? n : 0;
                    isK += c == k ? n : 0;
                    missedK += c == k && m != k ? n : 0;
                }
            }
            out[1 + k] = notK > 0 ? flaggedNotK / notK : Double.NaN;
            out[1 + values + k] = isK > 0 ? missedK / isK : Double.NaN;
        }
        return out;
    }
}
