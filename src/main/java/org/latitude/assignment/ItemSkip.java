package org.latitude.assignment;

import java.time.Instant;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;

/** One skip, for the admin: which item (with its id in the source file), who skipped it, why and when. */
public record ItemSkip(ItemId itemId, String itemExternalId, UserId annotatorId, String reason, Instant skippedAt) {
}
