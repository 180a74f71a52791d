package org.latitude.campaign;

/** What the assignment module needs to hand out items of a campaign to one of its members. */
public record AssignmentPolicy(long campaignId, CampaignStatus status, int overlap, int leaseMinutes,
                               Integer dailyQuota, int goldRatePercent) {
}
