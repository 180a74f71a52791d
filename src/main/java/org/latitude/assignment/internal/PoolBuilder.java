package org.latitude.assignment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.latitude.campaign.CampaignActivated;
import org.latitude.campaign.CampaignOverlapChanged;
import org.latitude.dataset.ItemCatalog;
import org.latitude.judge.SafetyCategoriesNamed;
import org.latitude.shared.ItemId;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.TaxonomyService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds a campaign's item pool when it is first activated, inside the activating transaction (a synchronous
 * listener), with the items' categories from their reference labels; adds the categories model judgments name as
 * they are stored; and raises the capacity of regular items when the overlap grows. Gold items are answered by every
 * member, so their capacity is effectively unbounded.
 */
@Component
class PoolBuilder {

    static final int GOLD_CAPACITY = 1_000_000;

    private final AssignmentStore store;
    private final ItemCategories categories;
    private final ItemCatalog items;
    private final TaxonomyService taxonomies;

    PoolBuilder(AssignmentStore store, ItemCategories categories, ItemCatalog items, TaxonomyService taxonomies) {
        this.store = store;
        this.categories = categories;
        this.items = items;
        this.taxonomies = taxonomies;
    }

    @EventListener
    void on(CampaignActivated event) {
        List<ItemId> ids = new ArrayList<>();
        event.datasetIds().forEach(d -> ids.addAll(items.itemIds(d)));
        store.insertPool(event.campaignId(), ids.stream().distinct().sorted().toList(), event.goldItemIds(),
                event.overlap(), GOLD_CAPACITY);
        if (event.taxonomyVersionId() != null) {
            TaxonomyDetails taxonomy = taxonomies.details(event.taxonomyVersionId());
            Map<ItemId, Set<String>> found = new HashMap<>();
            for (long dataset : event.datasetIds()) {
                items.forEachReferenceLabel(dataset, (item, value) -> {
                    for (String part : value.split("[,|;]")) {
                        taxonomy.resolve(part.strip()).map(HazardCategory::key)
                                .ifPresent(k -> found.computeIfAbsent(item, i -> new TreeSet<>()).add(k));
                    }
                });
            }
            categories.add(event.campaignId(), found, ItemCategories.Source.REFERENCE);
        }
    }

    @EventListener
    void on(SafetyCategoriesNamed event) {
        categories.add(event.campaignId(), event.categories(), ItemCategories.Source.MODEL);
    }

    @EventListener
    void on(CampaignOverlapChanged event) {
        store.raiseCapacity(event.campaignId(), event.overlap());
    }
}
