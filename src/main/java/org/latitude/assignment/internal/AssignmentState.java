package org.latitude.assignment.internal;

/**
 * Where an assignment stands: {@code LEASED} (reserved for its annotator until it expires), then {@code COMPLETED}
 * (submitted), {@code SKIPPED} (with a reason; never offered to that annotator again) or {@code EXPIRED} (the lease
 * ran out; the same annotator may still submit while the item has room, or lease it again) or {@code RETURNED} (given
 * back without penalty: not a skip, no reason asked, never offered to that annotator again).
 */
public enum AssignmentState {
    LEASED,
    COMPLETED,
    SKIPPED,
    EXPIRED,
    RETURNED
}
