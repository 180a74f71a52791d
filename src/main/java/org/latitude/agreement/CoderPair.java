package org.latitude.agreement;

/**
 * Agreement of two coders on the units both rated (Cohen 1960; Cohen 1968; Scott 1955; docs/methods.md).
 *
 * @param coderA            first coder (ids in sorted order: coderA &lt; coderB)
 * @param coderB            second coder
 * @param sharedUnits       units both coders rated
 * @param percentAgreement  p_o = Σ_k p_kk, NaN without shared units
 * @param cohenKappa        Cohen's κ: P_e = Σ_k p_k+ p_+k
 * @param scottPi           Scott's π: P_e = Σ_k ((p_k+ + p_+k)/2)²
 * @param weightedKappa     Cohen's weighted κ with the disagreement weights given to {@link CoderPairs}
 *                          ({@code null} when none were given)
 */
public record CoderPair(String coderA, String coderB, int sharedUnits, double percentAgreement,
                        Coefficient cohenKappa, Coefficient scottPi, Coefficient weightedKappa) {
}
