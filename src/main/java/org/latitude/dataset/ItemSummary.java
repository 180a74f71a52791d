package org.latitude.dataset;

import org.latitude.shared.ItemId;

/** One row of the item browser: the beginning of the first turn stands for the item. */
public record ItemSummary(ItemId id, String externalId, ItemKind kind, long sourceLine, String preview) {
}
