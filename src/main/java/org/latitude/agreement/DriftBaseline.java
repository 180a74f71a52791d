package org.latitude.agreement;

/** What a window's α is compared with to flag a drop in agreement. */
public sealed interface DriftBaseline {

    /** The α of the first window with enough items (the campaign's start, after briefing). */
    record FirstWindow() implements DriftBaseline {
    }

    /** The α over all completed items. */
    record AllItems() implements DriftBaseline {
    }

    /** A fixed α, e.g. the campaign's target or a pilot's value. */
    record Fixed(double alpha) implements DriftBaseline {
    }
}
