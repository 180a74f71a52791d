package org.latitude.campaign;

import java.util.List;
import java.util.Set;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;

/**
 * Published inside the transaction that first activates a campaign: the assignment module builds the item pool from
 * it in the same transaction, so an active campaign always has its pool. {@code taxonomyVersionId}: the safety-label
 * task's categories (null for a pairwise task), through which reference labels are resolved to categories.
 */
public record CampaignActivated(CampaignId campaignId, List<Long> datasetIds, int overlap, Set<ItemId> goldItemIds,
                                Long taxonomyVersionId) {
}
