package org.latitude.dataset;

import java.time.Instant;

/** A stored dataset as listed in the admin screens. {@code inUse}: a campaign uses it, so it cannot be deleted. */
public record DatasetSummary(long id, String name, ImportFormat format, String sourceFile, String contentHash,
                             long itemCount, long exchangeCount, long pairCount, boolean inUse, Instant importedAt,
                             String importedBy) {
}
