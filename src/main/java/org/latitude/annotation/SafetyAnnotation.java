package org.latitude.annotation;

import java.time.Instant;
import org.latitude.shared.AnnotationId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;

/** One current annotation of a safety-label campaign, for analysis and exports (admin only). */
public record SafetyAnnotation(AnnotationId annotationId, CampaignId campaignId, ItemId itemId, UserId annotatorId,
                               SafetyAnswer answer, long timeSpentMs, int version, Instant createdAt,
                               Instant updatedAt) {
}
