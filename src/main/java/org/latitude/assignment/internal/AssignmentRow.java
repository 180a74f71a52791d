package org.latitude.assignment.internal;

import java.time.Instant;
import org.latitude.assignment.ShownOrder;
import org.latitude.shared.AssignmentId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;

/** An assignment as stored. */
public record AssignmentRow(AssignmentId id, CampaignId campaignId, ItemId itemId, UserId annotatorId,
                            AssignmentState state, ShownOrder shownOrder, Instant leasedAt, Instant expiresAt) {
}
