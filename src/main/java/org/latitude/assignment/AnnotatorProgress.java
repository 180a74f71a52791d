package org.latitude.assignment;

/**
 * One annotator's work in a campaign. {@code medianSecondsPerItem} is NaN when nothing was completed yet.
 */
public record AnnotatorProgress(long annotatorId, long completed, long skipped, long leased, long completedToday,
                                double medianSecondsPerItem) {
}
