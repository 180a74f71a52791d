package org.latitude.campaign;

import java.util.Set;
import org.latitude.shared.CampaignId;

/**
 * What an annotator may know of a campaign they are a member of: the task and its presentation, never other people's
 * work, gold answers or model judgments. {@code wellbeing}: the exposure controls the annotator works under.
 */
public record AnnotatorCampaign(CampaignId id, String name, String description, String guidelines, CampaignTask task,
                                CampaignStatus status, Integer dailyQuota, Set<String> sensitiveCategories,
                                boolean blurResponses, Integer breakReminderMinutes, Wellbeing wellbeing) {
}
