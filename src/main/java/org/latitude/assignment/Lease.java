package org.latitude.assignment;

import java.time.Instant;
import org.latitude.shared.AssignmentId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;

/**
 * An item handed to an annotator until {@code expiresAt}. {@code shownOrder}: for a pair, which response goes on the
 * left (the per-annotator randomised order, decided once and stored so position bias can be measured). Whether the
 * item is a gold item is deliberately not part of it: annotators must not know.
 */
public record Lease(AssignmentId assignmentId, CampaignId campaignId, ItemId itemId, ShownOrder shownOrder,
                    Instant expiresAt) {
}
