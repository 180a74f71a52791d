package org.latitude.campaign;

/** Published when the overlap of a started campaign grows (it may never shrink once work has started). */
public record CampaignOverlapChanged(long campaignId, int overlap) {
}
