package org.latitude.campaign;

import org.latitude.shared.CampaignId;

/** What the assignment module needs to hand out items of a campaign to one of its members. */
public record AssignmentPolicy(CampaignId campaignId, CampaignStatus status, int overlap, int leaseMinutes,
                               Integer dailyQuota, int goldRatePercent) {
}
