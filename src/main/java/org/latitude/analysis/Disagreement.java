package org.latitude.analysis;

/**
 * An item two raters labelled differently on a field (the drill-down of a κ heat-map cell). The prompt is item
 * content: hostile text, to be shown as text only.
 */
public record Disagreement(long itemId, String externalId, String labelA, String labelB, String prompt) {
}
