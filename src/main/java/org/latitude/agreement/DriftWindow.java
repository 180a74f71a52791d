package org.latitude.agreement;

import java.time.Instant;

/**
 * Agreement in one window of completed items.
 *
 * @param index          0-based, in time order
 * @param label          e.g. {@code items 1–500} or the calendar day {@code 2026-11-24}
 * @param from           completion time of its first item
 * @param to             completion time of its last item
 * @param items          items in the window
 * @param pairableUnits  of which items with two or more human ratings
 * @param alpha          Krippendorff's α with its interval; NaN with the reason when too few or undefined
 * @param status         whether α can be read
 * @param belowBaseline  α is below the baseline by more than the margin (assessed windows only)
 */
public record DriftWindow(int index, String label, Instant from, Instant to, int items, int pairableUnits,
                          Estimate alpha, WindowStatus status, boolean belowBaseline) {
}
