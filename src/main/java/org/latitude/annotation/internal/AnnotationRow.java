package org.latitude.annotation.internal;

import java.time.Instant;
import org.latitude.annotation.Answer;
import org.latitude.campaign.TaskType;

/** One stored annotation (the current version). {@code shownOrder}: "AB" or "BA" for pairs, null for exchanges. */
public record AnnotationRow(long id, long campaignId, long itemId, long annotatorId, long assignmentId,
                            TaskType taskType, Answer answer, String shownOrder, long timeSpentMs, int version,
                            Instant createdAt, Instant updatedAt) {
}
