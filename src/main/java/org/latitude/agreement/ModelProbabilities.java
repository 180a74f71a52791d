package org.latitude.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's probabilities for the values of one field, per unit: P(safe), P(unsafe) from log-probabilities, or
 * P(A), P(B), P(tie) of a pairwise judge. Each vector follows the field's declared value order, lies in [0, 1] and
 * sums to 1 (to 1e-6).
 *
 * @param model  the model's coder id
 * @param byUnit unit id → probability of each declared value
 */
public record ModelProbabilities(String model, Map<String, double[]> byUnit) {

    private static final double SUM_TOLERANCE = 1e-6;

    public ModelProbabilities {
        Map<String, double[]> copy = new LinkedHashMap<>();
        int size = -1;
        for (Map.Entry<String, double[]> e : byUnit.entrySet()) {
            double[] p = e.getValue();
            double sum = 0;
            for (double x : p) {
                if (!(x >= 0 && x <= 1)) {
                    throw new IllegalArgumentException("unit " + e.getKey() + ": probability " + x
                            + " is not in [0, 1]");
                }
                sum += x;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE || (size >= 0 && p.length != size)) {
                throw new IllegalArgumentException("unit " + e.getKey() + ": probabilities must sum to 1 over the "
                        + "same values for every unit");
            }
            size = p.length;
            copy.put(e.getKey(), p.clone());
        }
        byUnit = Collections.unmodifiableMap(copy);
    }

    /**
     * Probabilities of a two-valued field from P(positive) alone, e.g. P(unsafe) read from a guard model's first
     * token; the other value gets 1 − p.
     *
     * @param positiveCode the value code p is the probability of (0 or 1)
     */
    public static ModelProbabilities ofPositive(String model, int positiveCode, Map<String, Double> p) {
        if (positiveCode != 0 && positiveCode != 1) {
            throw new IllegalArgumentException("a two-valued field has value codes 0 and 1");
        }
        Map<String, double[]> vectors = new LinkedHashMap<>();
        p.forEach((unit, x) -> vectors.put(unit, positiveCode == 1 ? new double[] {1 - x, x}
                : new double[] {x, 1 - x}));
        return new ModelProbabilities(model, vectors);
    }

    /** The vector of a unit (not a copy: callers in this package only read it), or {@code null}. */
    double[] of(String unitId) {
        return byUnit.get(unitId);
    }

    @Override
    public Map<String, double[]> byUnit() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        byUnit.forEach((u, p) -> copy.put(u, p.clone()));
        return copy;
    }
}
