package org.latitude.agreement;

/**
 * One bin of a reliability diagram: the items whose confidence falls in [lower, upper) (the last bin includes 1).
 *
 * @param count             items in the bin
 * @param meanConfidence    mean predicted probability of the items, NaN for an empty bin
 * @param observedFrequency share of them where the predicted value is the human majority's, NaN for an empty bin
 * @param frequencyInterval bootstrap interval of {@code observedFrequency} ({@code null} without a bootstrap)
 */
public record ReliabilityBin(double lower, double upper, int count, double meanConfidence, double observedFrequency,
                             ConfidenceInterval frequencyInterval) {
}
