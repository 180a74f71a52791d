package org.latitude.taxonomy;

import java.util.List;

/**
 * A hazard category of one taxonomy version. The key is stable across versions and imports; model-specific codes
 * (Aegis's S1…S23, Llama Guard's S1…S14) and alternative spellings are aliases.
 */
public record HazardCategory(String key, String name, String definition, CategoryTier tier, String parentKey,
                             String group, List<String> aliases) {

    public HazardCategory {
        aliases = List.copyOf(aliases);
    }

    /** True when the key, name or an alias equals {@code text}, ignoring case and surrounding space. */
    public boolean answersTo(String text) {
        String t = text == null ? "" : text.trim();
        return key.equalsIgnoreCase(t) || name.equalsIgnoreCase(t) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(t));
    }
}
