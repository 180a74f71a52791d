package org.latitude.discretion;

/**
 * Discretion arbitrariness of one annotator (Buyl et al. 2025, docs/methods.md):
 * DA(a) = |{i ∈ V<sub>a</sub> : a(i) · s(i) &lt; 0}| / |V<sub>a</sub>|, where V<sub>a</sub> is the consensus items
 * on which a has a strict preference; items where a ties are removed from the denominator.
 *
 * @param against   items of V<sub>a</sub> where a goes against the consensus
 * @param valid     |V<sub>a</sub>|
 * @param value     DA, NaN when V<sub>a</sub> is empty
 * @param reason    why the value is undefined, else empty
 * @param bootstrap over resamples of the consensus items (with replacement, the same resamples for every annotator)
 */
public record ArbitrarinessEstimate(int against, int valid, double value, String reason,
                                    BootstrapSummary bootstrap) {

    static ArbitrarinessEstimate of(int against, int valid, BootstrapSummary bootstrap) {
        return valid == 0
                ? new ArbitrarinessEstimate(0, 0, Double.NaN,
                "no consensus item with a strict preference of this annotator", bootstrap)
                : new ArbitrarinessEstimate(against, valid, (double) against / valid, "", bootstrap);
    }
}
