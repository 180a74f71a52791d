package org.latitude.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.latitude.campaign.AnnotatorCampaign;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.campaign.TaskType;
import org.latitude.shared.UserId;

/** Campaigns as the API shows them: a list row, an admin's full view, a member's view. */
final class ApiCampaign {

    private ApiCampaign() {
    }

    record CampaignRow(long id, String name, TaskType taskType, CampaignStatus status, Integer overlap, Integer memberCount,
               Instant createdAt, Instant activatedAt) {

        static CampaignRow of(CampaignSummary s) {
            return new CampaignRow(s.id().value(), s.name(), s.taskType(), s.status(), s.overlap(), s.memberCount(),
                    s.createdAt(), s.activatedAt());
        }

        /** A member's row: no member count or overlap (other people's participation). */
        static CampaignRow of(AnnotatorCampaign c) {
            return new CampaignRow(c.id().value(), c.name(), c.task().type(), c.status(), null, null, null, null);
        }
    }

    record CampaignView(long id, CampaignStatus status, Instant createdAt, Instant activatedAt, String name,
                String description, String guidelines, TaskType taskType, Long taxonomyVersionId, Long principleSetId,
                List<Long> datasetIds, int overlap, NeedsCautionPolicy needsCautionPolicy, int leaseMinutes,
                Integer dailyQuota, int goldRatePercent, Set<String> sensitiveCategories, boolean blurResponses,
                Integer breakReminderMinutes, List<Long> memberIds, int goldItemCount) {

        static CampaignView of(CampaignDetails d) {
            CampaignSettings s = d.settings();
            Long taxonomy = s.task() instanceof SafetyLabelTask t ? t.taxonomyVersionId() : null;
            Long principles = s.task() instanceof PairwisePreferenceTask t ? t.principleSetId() : null;
            return new CampaignView(d.id().value(), d.summary().status(), d.summary().createdAt(), d.summary().activatedAt(),
                    s.name(), s.description(), s.guidelines(), s.task().type(), taxonomy, principles, s.datasetIds(),
                    s.overlap(), s.needsCautionPolicy(), s.leaseMinutes(), s.dailyQuota(), s.goldRatePercent(),
                    s.sensitiveCategories().stream().sorted().collect(java.util.stream.Collectors.toCollection(
                            java.util.LinkedHashSet::new)), s.blurResponses(), s.breakReminderMinutes(),
                    d.memberIds().stream().map(UserId::value).sorted().toList(), d.goldItemCount());
        }
    }
}
