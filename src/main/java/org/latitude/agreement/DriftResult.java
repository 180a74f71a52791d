package org.latitude.agreement;

import java.util.List;

/**
 * Agreement over time on one field (see {@link AgreementDrift}).
 *
 * @param metric              the α used ({@code nominal}, {@code ordinal}, {@code interval}, {@code ratio},
 *                            {@code masi})
 * @param options             windows, minimum, baseline, margin and zone used
 * @param baseline            the baseline α (NaN with a reason when it could not be formed)
 * @param windows             windows of equal numbers of completed items
 * @param days                one window per calendar day
 * @param latestBelowBaseline the latest assessed window is below the baseline by more than the margin: the warning
 *                            an analysis page shows
 * @param itemsWithoutTime    items with ratings but no completion time (left out)
 * @param annotators          per-annotator drift over {@code windows}
 */
public record DriftResult(String metric, DriftOptions options, Estimate baseline, List<DriftWindow> windows,
                          List<DriftWindow> days, boolean latestBelowBaseline, int itemsWithoutTime,
                          List<AnnotatorDrift> annotators) {

    public DriftResult {
        windows = List.copyOf(windows);
        days = List.copyOf(days);
        annotators = List.copyOf(annotators);
    }
}
