package org.latitude.agreement;

import java.util.List;

/**
 * How well one model's probabilities are calibrated against the human majority of a field (see
 * {@link Calibration}).
 *
 * @param model                   the model's coder id
 * @param target                  what the confidence is the probability of: {@code P(<positive label>)} on a
 *                                two-valued field, {@code top label} otherwise
 * @param items                   items with the model's probabilities and a human majority
 * @param itemsWithoutMajority    items with probabilities whose human majority is missing or a tie the rule left out
 * @param itemsWithoutProbability items with a human majority but no probabilities
 * @param bins                    the reliability diagram, equal-width bins over [0, 1]
 * @param thresholdRule           how {@code threshold} labels an item, {@code null} where no threshold applies
 * @param ece                     expected calibration error
 * @param brier                   Brier score (lower is better)
 * @param threshold               the t of {@code thresholdRule} that maximises Cohen's κ with the human majority:
 *                                a probability on two-valued fields, a tie margin on pairwise fields
 * @param thresholdKappa          that maximal κ
 */
public record CalibrationResult(String model, String target, int items, int itemsWithoutMajority,
                                int itemsWithoutProbability, List<ReliabilityBin> bins, String thresholdRule,
                                Estimate ece, Estimate brier, Estimate threshold, Estimate thresholdKappa) {

    public CalibrationResult {
        bins = List.copyOf(bins);
    }
}
