package org.latitude.agreement;

/**
 * The multi-rater coefficients of one field (see {@link MultiRaterAgreement} for the formulas).
 *
 * @param fleissKappa           Fleiss' κ generalised to unequal raters per unit (= Scott's π for two coders)
 * @param gwetAc                Gwet's AC1 (identity weights) or AC2 (other weights)
 * @param bennettS              Bennett's S with the declared number of categories
 * @param congerKappa           Conger's κ (the multi-rater Cohen κ)
 * @param percentAgreement      mean over units with ≥ 2 ratings of the share of agreeing coder pairs (Gwet's
 *                              {@code pa}; definition 1 in docs/methods.md), NaN if no unit is pairable
 * @param pooledPairAgreement   agreeing pairs / all pairs, pooled over units (the pooled definition)
 * @param pairableUnits         units with at least two ratings
 * @param ratedUnits            units with at least one rating (they enter π_k)
 * @param categories            q, the number of categories of the scheme
 */
public record MultiRaterResult(Coefficient fleissKappa, Coefficient gwetAc, Coefficient bennettS,
                               Coefficient congerKappa, double percentAgreement, double pooledPairAgreement,
                               int pairableUnits, int ratedUnits, int categories) {
}
