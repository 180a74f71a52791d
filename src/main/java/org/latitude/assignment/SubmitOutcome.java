package org.latitude.assignment;

/** How a submitted item counted. A submit that cannot count is refused with a message instead. */
public enum SubmitOutcome {
    /** Within the lease. */
    COUNTED,
    /** The lease had expired, but the item still had room, so the work counts. */
    COUNTED_AFTER_EXPIRY,
    /** Already completed by this annotator (a repeated submit): nothing counted twice. */
    ALREADY_COMPLETED
}
