package org.latitude.agreement;

/**
 * How often an annotator (or all annotators together) chose the response shown first (see
 * {@link PositionBias#ofHumans}).
 *
 * @param annotator      the annotator, or {@link PositionBias#ALL_ANNOTATORS}
 * @param answers        answers with a recorded order
 * @param ties           of which ties (they choose neither side and are left out of the rate)
 * @param firstShown     non-tie answers that chose the response shown first
 * @param firstShownRate firstShown / (answers − ties), NaN when every answer is a tie
 * @param ciLow          exact Clopper–Pearson lower bound at the analysis' confidence level
 * @param ciHigh         its upper bound
 * @param pValue         exact two-sided binomial test of a first-shown rate of 0.5
 * @param adjustedPValue Benjamini–Yekutieli adjusted across the individual annotators (the pooled row: its own p)
 * @param reason         why the rate is undefined, else {@code null}
 */
public record HumanPositionBias(String annotator, int answers, int ties, int firstShown, double firstShownRate,
                                double ciLow, double ciHigh, double pValue, double adjustedPValue, String reason) {
}
