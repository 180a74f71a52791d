package org.latitude.campaign;

import org.latitude.shared.CampaignId;

/** Published when the overlap of a started campaign grows (it may never shrink once work has started). */
public record CampaignOverlapChanged(CampaignId campaignId, int overlap) {
}
