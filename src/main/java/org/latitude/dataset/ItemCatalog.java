package org.latitude.dataset;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.latitude.dataset.internal.ItemQueries;
import org.latitude.shared.ItemId;
import org.latitude.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to items for the modules that build on datasets (campaign, assignment, annotation, judge). Any signed-in
 * user may call it because annotators' requests render items; the calling module enforces the object-level rule (an
 * annotator reads only items of campaigns they are a member of) and must never show {@link #referenceLabels} to
 * annotators as labels.
 */
@Service
public class ItemCatalog {

    private final ItemQueries items;

    ItemCatalog(ItemQueries items) {
        this.items = items;
    }

    /** The ids of all items of a dataset, ascending (the order items were imported in). */
    @RolesAllowed({"ADMIN", "ANNOTATOR"})
    @Transactional(readOnly = true)
    public List<ItemId> itemIds(long datasetId) {
        return items.itemIds(datasetId);
    }

    /** The ids in their source files of these items (for lists that name items as the admin knows them). */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Map<ItemId, String> externalIds(java.util.Collection<ItemId> itemIds) {
        return items.externalIds(itemIds);
    }

    /** External id → item id of every item of a dataset: how imported judgments name their items. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Map<String, ItemId> itemIdsByExternalId(long datasetId) {
        Map<String, ItemId> ids = new java.util.HashMap<>();
        items.idsByExternalId(datasetId).forEach((external, id) -> ids.put(external, new ItemId(id)));
        return ids;
    }

    /** An item with its turns (exchange) or context and responses (pair), for rendering as plain text. */
    @RolesAllowed({"ADMIN", "ANNOTATOR"})
    @Transactional(readOnly = true)
    public Item item(ItemId itemId) {
        return items.item(itemId).orElseThrow(() -> new ValidationException("No item " + itemId + "."));
    }

    /** These items with their text, for exports (admin only); ids that do not exist are left out. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Map<ItemId, Item> items(java.util.Collection<ItemId> itemIds) {
        return items.items(itemIds);
    }

    /** The reference judgments of the item's source (e.g. Aegis 2.0 categories), in file order. Not for annotators' eyes. */
    @RolesAllowed({"ADMIN", "ANNOTATOR"})
    @Transactional(readOnly = true)
    public List<ReferenceLabel> referenceLabels(ItemId itemId) {
        return items.referenceLabels(itemId);
    }

    /**
     * Every reference label value of a dataset's items, by item (for building a campaign's item categories in one
     * pass). Not for annotators' eyes.
     */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public void forEachReferenceLabel(long datasetId, java.util.function.BiConsumer<ItemId, String> each) {
        items.forEachReferenceLabel(datasetId, each);
    }

    /**
     * The content warnings the dataset declares for all its items (what a dataset card says it contains). Not a label
     * of any one item, so an annotator may see them as a content notice.
     */
    @RolesAllowed({"ADMIN", "ANNOTATOR"})
    @Transactional(readOnly = true)
    public List<String> contentWarnings(long datasetId) {
        return items.contentWarnings(datasetId);
    }
}
