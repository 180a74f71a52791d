package org.latitude.dataset;

/** One row of the item browser: the beginning of the first turn stands for the item. */
public record ItemSummary(long id, String externalId, ItemKind kind, long sourceLine, String preview) {
}
