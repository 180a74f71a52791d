package org.latitude.campaign;

import java.util.List;

/** A campaign with its settings and member ids (user ids); gold answers are not part of it. */
public record CampaignDetails(CampaignSummary summary, CampaignSettings settings, List<Long> memberIds,
                              int goldItemCount) {

    public CampaignDetails {
        memberIds = List.copyOf(memberIds);
    }

    public long id() {
        return summary.id();
    }
}
