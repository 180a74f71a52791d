package org.latitude.campaign;

import java.util.Set;

/**
 * What an annotator may know of a campaign they are a member of: the task and its presentation, never other people's
 * work, gold answers or model judgments.
 */
public record AnnotatorCampaign(long id, String name, String description, String guidelines, TaskType taskType,
                                CampaignStatus status, Long taxonomyVersionId, Long principleSetId,
                                Integer dailyQuota, Set<String> sensitiveCategories, boolean blurResponses,
                                Integer breakReminderMinutes) {
}
