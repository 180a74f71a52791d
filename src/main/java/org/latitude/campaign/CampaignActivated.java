package org.latitude.campaign;

import java.util.List;
import java.util.Set;

/**
 * Published inside the transaction that first activates a campaign: the assignment module builds the item pool from
 * it in the same transaction, so an active campaign always has its pool.
 */
public record CampaignActivated(long campaignId, List<Long> datasetIds, int overlap, Set<Long> goldItemIds) {
}
