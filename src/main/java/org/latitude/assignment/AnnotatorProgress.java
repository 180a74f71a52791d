package org.latitude.assignment;

import org.latitude.shared.UserId;

/**
 * One annotator's work in a campaign. {@code medianSecondsPerItem} is NaN when nothing was completed yet.
 */
public record AnnotatorProgress(UserId annotatorId, long completed, long skipped, long leased, long completedToday,
                                double medianSecondsPerItem) {
}
