package org.latitude.agreement;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Settings of agreement over time.
 *
 * @param windows  how items are cut into windows of equal numbers of completed items
 * @param minItems fewer items with two or more ratings make a window "too few items"
 * @param baseline what a window's α is compared with
 * @param margin   a window is flagged when its α is below the baseline by more than this
 * @param zone     the time zone of calendar days
 */
public record DriftOptions(WindowPlan windows, int minItems, DriftBaseline baseline, double margin, ZoneId zone) {

    public DriftOptions {
        if (minItems < 2 || !(margin >= 0) || windows == null || baseline == null || zone == null) {
            throw new IllegalArgumentException("need a window plan, a baseline, a zone, at least 2 items per window"
                    + " and a margin ≥ 0");
        }
    }

    /** Six windows, at least 5 items each, first window as baseline, margin 0.15, days in UTC. */
    public static DriftOptions defaults() {
        return new DriftOptions(new WindowPlan.EqualCount(6), 5, new DriftBaseline.FirstWindow(), 0.15,
                ZoneOffset.UTC);
    }

    public DriftOptions withWindows(WindowPlan plan) {
        return new DriftOptions(plan, minItems, baseline, margin, zone);
    }

    public DriftOptions withBaseline(DriftBaseline newBaseline, double newMargin) {
        return new DriftOptions(windows, minItems, newBaseline, newMargin, zone);
    }
}
