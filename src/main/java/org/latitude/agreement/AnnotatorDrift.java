package org.latitude.agreement;

import java.util.List;

/**
 * One annotator's work across the windows of equal numbers of items.
 *
 * @param annotator the human
 * @param windows   one entry per window, in time order
 */
public record AnnotatorDrift(String annotator, List<Window> windows) {

    public AnnotatorDrift {
        windows = List.copyOf(windows);
    }

    /**
     * @param window              index of the window
     * @param ratings             the annotator's ratings on the window's items
     * @param goldItems           of which items with a gold answer
     * @param goldAccuracy        share of those equal to the gold answer, NaN without gold items
     * @param comparedWithOthers  ratings on items where the other humans have a majority
     * @param agreementWithOthers share of those equal to the others' majority, NaN when none
     * @param kappaWithOthers     Cohen's κ with the others' majority on those items, NaN when undefined
     */
    public record Window(int window, int ratings, int goldItems, double goldAccuracy, int comparedWithOthers,
                         double agreementWithOthers, double kappaWithOthers) {
    }
}
