package org.latitude.dataset;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.latitude.dataset.internal.ItemQueries;
import org.latitude.shared.ValidationException;
import org.springframework.jdbc.core.JdbcTemplate;
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

    ItemCatalog(JdbcTemplate jdbc) {
        this.items = new ItemQueries(jdbc);
    }

    /** The ids of all items of a dataset, ascending (the order items were imported in). */
    @RolesAllowed({"ADMIN", "ANNOTATOR"})
    @Transactional(readOnly = true)
    public List<Long> itemIds(long datasetId) {
        return items.itemIds(datasetId);
    }

    /** External id → item id of every item of a dataset: how imported judgments name their items. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Map<String, Long> itemIdsByExternalId(long datasetId) {
        return items.idsByExternalId(datasetId);
    }

    /** An item with its turns (exchange) or context and responses (pair), for rendering as plain text. */
    @RolesAllowed({"ADMIN", "ANNOTATOR"})
    @Transactional(readOnly = true)
    public Item item(long itemId) {
        return items.item(itemId).orElseThrow(() -> new ValidationException("No item " + itemId + "."));
    }

    /** How many exchanges and pairs a dataset holds (every kind is present, 0 when none). */
    @RolesAllowed({"ADMIN", "ANNOTATOR"})
    @Transactional(readOnly = true)
    public Map<ItemKind, Long> countsByKind(long datasetId) {
        return items.countsByKind(datasetId);
    }

    /** The reference judgments of the item's source (e.g. Aegis 2.0 categories), in file order. Not for annotators' eyes. */
    @RolesAllowed({"ADMIN", "ANNOTATOR"})
    @Transactional(readOnly = true)
    public List<ReferenceLabel> referenceLabels(long itemId) {
        return items.referenceLabels(itemId);
    }
}
