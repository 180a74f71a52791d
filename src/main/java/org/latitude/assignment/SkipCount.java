package org.latitude.assignment;

/** How often annotators gave one skip reason in a campaign (the reason as typed or chosen, trimmed). */
public record SkipCount(String reason, long count) {
}
