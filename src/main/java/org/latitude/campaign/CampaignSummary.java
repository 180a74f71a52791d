package org.latitude.campaign;

import java.time.Instant;
import org.latitude.shared.CampaignId;

public record CampaignSummary(CampaignId id, String name, TaskType taskType, CampaignStatus status, int overlap,
                              int memberCount, int datasetCount, Instant createdAt, Instant activatedAt) {
}
