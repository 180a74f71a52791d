package org.latitude.agreement;

/**
 * Position bias of a pairwise judge run in both orders (see {@link PositionBias#ofJudge}).
 *
 * @param model               the judge
 * @param items               items with an answer in both orders
 * @param incompleteItems     items with only one of the two answers (left out)
 * @param consistent          items with the same answer in both orders
 * @param primacy             items where the judge chose whichever response came first, both times
 * @param recency             items where it chose whichever came second, both times
 * @param flipRate            share of items whose answer changes with the order
 * @param firstPositionRate   share of the non-tie answers (both orders pooled) that chose the response shown first
 * @param orderAgreement      Cohen's κ between the answers of the two orders (A, B, tie)
 * @param primacyPValue       exact two-sided binomial test that primacy and recency flips are equally likely
 *                            (conditional on their total; NaN without such flips)
 */
public record JudgePositionBias(String model, int items, int incompleteItems, int consistent, int primacy,
                                int recency, Estimate flipRate, Estimate firstPositionRate, Estimate orderAgreement,
                                double primacyPValue) {
}
