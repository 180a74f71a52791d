package org.latitude.campaign;

import java.util.Set;
import org.latitude.shared.CampaignId;

/**
 * What the assignment module needs to hand out items of a campaign to one of its members: the counts, and the
 * exposure controls ({@code sensitiveCategories} are what the daily cap and the exposure log count).
 */
public record AssignmentPolicy(CampaignId campaignId, CampaignStatus status, int overlap, int leaseMinutes,
                               Integer dailyQuota, int goldRatePercent, Set<String> sensitiveCategories,
                               Wellbeing wellbeing) {

    public AssignmentPolicy {
        sensitiveCategories = Set.copyOf(sensitiveCategories);
    }
}
