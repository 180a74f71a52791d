package org.latitude.campaign;

import java.util.List;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;

/** A campaign with its settings and members; gold answers are not part of it. */
public record CampaignDetails(CampaignSummary summary, CampaignSettings settings, List<UserId> memberIds,
                              int goldItemCount) {

    public CampaignDetails {
        memberIds = List.copyOf(memberIds);
    }

    public CampaignId id() {
        return summary.id();
    }
}
