package org.latitude.taxonomy;

/**
 * One principle of a constitution. {@code index} is its 0-based position, the {@code principle_id} of the
 * alignment-discretion data formats; {@code text} is given verbatim to judges, so changing a word makes a new version.
 */
public record Principle(int index, String text, String label) {
}
