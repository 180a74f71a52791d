package org.latitude.taxonomy;

/** A taxonomy or principle-set file bundled under {@code seed-data/}, and whether that version is stored. */
public record Preset(String fileName, String key, String name, String version, boolean installed) {
}
