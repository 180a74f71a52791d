package org.latitude.taxonomy;

import java.time.Instant;

/** One stored taxonomy version, as listed in the admin screens. */
public record TaxonomySummary(long versionId, String taxonomyKey, String name, String versionLabel,
                              int categoryCount, int labelCount, boolean inUse, Instant importedAt,
                              String importedBy) {

    public String displayName() {
        return name + " " + versionLabel;
    }
}
