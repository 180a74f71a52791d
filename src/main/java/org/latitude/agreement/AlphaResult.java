package org.latitude.agreement;

/**
 * Krippendorff's α on one field with one difference function.
 *
 * @param metric                 the difference function, e.g. {@code nominal}, {@code ordinal}, {@code masi}
 * @param value                  α = 1 − D_o/D_e, or NaN when undefined (then {@code reason} says why)
 * @param observedDisagreement   D_o
 * @param expectedDisagreement   D_e
 * @param pairableUnits          units with at least two ratings (all others are dropped)
 * @param pairableValues         n.., the number of values in pairable units (weighted under resampling)
 * @param reason                 why α is undefined, else {@code null}
 */
public record AlphaResult(String metric, double value, double observedDisagreement, double expectedDisagreement,
                          int pairableUnits, double pairableValues, String reason) {

    static final String NO_PAIRABLE = "no unit has two or more ratings";
    static final String NO_VARIATION = "no variation: all pairable values are alike, so expected disagreement is 0";

    /** α from the sums Σ o_ck δ_ck (observed) and Σ n_c n_k δ_ck (expected), docs/methods.md. */
    static AlphaResult of(String metric, double observedSum, double expectedSum, int units, double n) {
        if (n < 2) {
            return new AlphaResult(metric, Double.NaN, Double.NaN, Double.NaN, units, n, NO_PAIRABLE);
        }
        double dObserved = observedSum / n;
        double dExpected = expectedSum / (n * (n - 1));
        if (!(expectedSum > 0)) {
            return new AlphaResult(metric, Double.NaN, dObserved, dExpected, units, n, NO_VARIATION);
        }
        return new AlphaResult(metric, 1 - (n - 1) * observedSum / expectedSum, dObserved, dExpected, units, n,
                null);
    }

    public boolean defined() {
        return !Double.isNaN(value);
    }
}
