package org.latitude.assignment.internal;

import java.util.ArrayList;
import java.util.List;
import org.latitude.campaign.CampaignActivated;
import org.latitude.campaign.CampaignOverlapChanged;
import org.latitude.dataset.ItemCatalog;
import org.latitude.shared.ItemId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds a campaign's item pool when it is first activated, inside the activating transaction (a synchronous
 * listener), and raises the capacity of regular items when the overlap grows. Gold items are answered by every member,
 * so their capacity is effectively unbounded.
 */
@Component
class PoolBuilder {

    static final int GOLD_CAPACITY = 1_000_000;

    private final AssignmentStore store;
    private final ItemCatalog items;

    PoolBuilder(AssignmentStore store, ItemCatalog items) {
        this.store = store;
        this.items = items;
    }

    @EventListener
    void on(CampaignActivated event) {
        List<ItemId> ids = new ArrayList<>();
        event.datasetIds().forEach(d -> ids.addAll(items.itemIds(d)));
        store.insertPool(event.campaignId(), ids.stream().distinct().sorted().toList(), event.goldItemIds(),
                event.overlap(), GOLD_CAPACITY);
    }

    @EventListener
    void on(CampaignOverlapChanged event) {
        store.raiseCapacity(event.campaignId(), event.overlap());
    }
}
