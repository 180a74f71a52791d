package org.latitude.assignment;

import java.time.Instant;

/** One skip, for the admin: which item (with its id in the source file), who skipped it, why and when. */
public record ItemSkip(long itemId, String itemExternalId, long annotatorId, String reason, Instant skippedAt) {
}
