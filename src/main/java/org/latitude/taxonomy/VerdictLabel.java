package org.latitude.taxonomy;

import java.util.List;

/** A non-unsafe label a taxonomy defines besides its hazards, such as Aegis's Safe and Needs Caution. */
public record VerdictLabel(String key, String name, String definition, List<String> aliases) {

    public VerdictLabel {
        aliases = List.copyOf(aliases);
    }
}
