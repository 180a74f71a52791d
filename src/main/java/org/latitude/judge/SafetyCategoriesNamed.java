package org.latitude.judge;

import java.util.Map;
import java.util.Set;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;

/**
 * Published inside the transaction that stores safety judgments (imported or live): per item, the category keys a
 * model named. The assignment module keeps the items' categories from it for annotators' opt-outs and daily caps,
 * without ever showing the judgments.
 */
public record SafetyCategoriesNamed(CampaignId campaignId, Map<ItemId, Set<String>> categories) {

    public SafetyCategoriesNamed {
        categories = Map.copyOf(categories);
    }
}
