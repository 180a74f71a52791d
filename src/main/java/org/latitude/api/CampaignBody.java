package org.latitude.api;

import java.util.List;
import java.util.Set;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignTask;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.campaign.TaskType;

/**
 * A campaign's settings as the API takes them: every member optional. On create a missing member takes the
 * default of the admin screen's new campaign; on PATCH it keeps its current value. {@code taxonomyVersionId} goes
 * with {@code SAFETY_LABEL}, {@code principleSetId} with {@code PAIRWISE_PREFERENCE}.
 */
record CampaignBody(String name, String description, String guidelines, TaskType taskType, Long taxonomyVersionId,
                    Long principleSetId, List<Long> datasetIds, Integer overlap, NeedsCautionPolicy needsCautionPolicy,
                    Integer leaseMinutes, Integer dailyQuota, Integer goldRatePercent, Set<String> sensitiveCategories,
                    Boolean blurResponses, Integer breakReminderMinutes) {

    /** These settings over {@code base}: what the request names replaces what {@code base} has. */
    CampaignSettings over(CampaignSettings base) {
        CampaignTask task = base.task();
        TaskType type = taskType != null ? taskType : task == null ? TaskType.SAFETY_LABEL : task.type();
        Long document = switch (type) {
            case SAFETY_LABEL -> taxonomyVersionId != null ? taxonomyVersionId
                    : task instanceof SafetyLabelTask t ? t.taxonomyVersionId() : null;
            case PAIRWISE_PREFERENCE -> principleSetId != null ? principleSetId
                    : task instanceof PairwisePreferenceTask t ? t.principleSetId() : null;
        };
        return new CampaignSettings(or(name, base.name()), or(description, base.description()),
                or(guidelines, base.guidelines()), CampaignTask.of(type, document), or(datasetIds, base.datasetIds()),
                or(overlap, base.overlap()), or(needsCautionPolicy, base.needsCautionPolicy()),
                or(leaseMinutes, base.leaseMinutes()), dailyQuota != null ? dailyQuota : base.dailyQuota(),
                or(goldRatePercent, base.goldRatePercent()), or(sensitiveCategories, base.sensitiveCategories()),
                or(blurResponses, base.blurResponses()),
                breakReminderMinutes != null ? breakReminderMinutes : base.breakReminderMinutes());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
