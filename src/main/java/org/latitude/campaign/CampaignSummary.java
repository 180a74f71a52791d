package org.latitude.campaign;

import java.time.Instant;

public record CampaignSummary(long id, String name, TaskType taskType, CampaignStatus status, int overlap,
                              int memberCount, int datasetCount, Instant createdAt, Instant activatedAt) {
}
