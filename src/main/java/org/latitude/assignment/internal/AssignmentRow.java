package org.latitude.assignment.internal;

import java.time.Instant;

/** An assignment as stored. */
public record AssignmentRow(long id, long campaignId, long itemId, long annotatorId, String state, boolean swapSides,
                            Instant leasedAt, Instant expiresAt) {

    public static final String LEASED = "LEASED";
    public static final String COMPLETED = "COMPLETED";
    public static final String SKIPPED = "SKIPPED";
    public static final String EXPIRED = "EXPIRED";
}
