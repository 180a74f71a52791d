package org.latitude.assignment;

import java.time.Instant;

/**
 * An item handed to an annotator until {@code expiresAt}. {@code swapSides}: for a pair, show response B on the left
 * (the per-annotator randomised order, decided once and stored so position bias can be measured). Whether the item is
 * a gold item is deliberately not part of it: annotators must not know.
 */
public record Lease(long assignmentId, long campaignId, long itemId, boolean swapSides, Instant expiresAt) {
}
