package org.latitude.taxonomy;

import java.time.Instant;

public record PrincipleSetSummary(long id, String key, String name, String versionLabel, int size, boolean inUse,
                                  Instant importedAt, String importedBy) {

    public String displayName() {
        return name + " " + versionLabel;
    }
}
