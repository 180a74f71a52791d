package org.latitude.annotation.internal;

import java.time.Instant;
import org.latitude.annotation.Answer;
import org.latitude.assignment.ShownOrder;
import org.latitude.campaign.TaskType;
import org.latitude.shared.AnnotationId;
import org.latitude.shared.AssignmentId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;

/**
 * One stored annotation (the current version). {@code id} is null for a row not inserted yet; {@code shownOrder}: the
 * sides of a pair, null for exchanges.
 */
public record AnnotationRow(AnnotationId id, CampaignId campaignId, ItemId itemId, UserId annotatorId,
                            AssignmentId assignmentId,
                            TaskType taskType, Answer answer, ShownOrder shownOrder, long timeSpentMs, int version,
                            Instant createdAt, Instant updatedAt) {
}
