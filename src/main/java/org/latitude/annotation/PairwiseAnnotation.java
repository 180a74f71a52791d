package org.latitude.annotation;

import java.time.Instant;
import org.latitude.assignment.ShownOrder;
import org.latitude.shared.AnnotationId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;

/**
 * One current annotation of a pairwise campaign, for analysis and exports (admin only): the preference in item terms
 * and the order the two responses were shown in (for position-bias checks).
 */
public record PairwiseAnnotation(AnnotationId annotationId, CampaignId campaignId, ItemId itemId, UserId annotatorId,
                                 PairwiseAnswer answer, ShownOrder shownOrder, long timeSpentMs, int version,
                                 Instant createdAt, Instant updatedAt) {
}
