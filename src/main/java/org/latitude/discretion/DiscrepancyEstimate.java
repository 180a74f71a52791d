package org.latitude.discretion;

/**
 * Discretion discrepancy DD(a, b) = (1 − τ<sub>b</sub>(r<sub>a</sub>, r<sub>b</sub>))/2 between two annotators'
 * principle rankings (Buyl et al. 2025, docs/methods.md); symmetric.
 *
 * @param annotator the annotator compared
 * @param reference the annotator compared against (the analysis reference where it is one of the two)
 * @param value     DD of the point-estimate ranks; NaN when either ranking is undefined or all tied
 * @param reason    why the value is undefined, else empty
 * @param bootstrap over the paired resamples (the same items for both annotators)
 */
public record DiscrepancyEstimate(String annotator, String reference, double value, String reason,
                                  BootstrapSummary bootstrap) {
}
