package org.latitude.taxonomy;

import java.util.Locale;
import java.util.Optional;

/** Where a hazard category sits: a core category, a fine-grained one, or a catch-all such as Aegis's "Other". */
public enum CategoryTier {
    CORE("core"),
    FINE_GRAINED("fine-grained"),
    CATCH_ALL("catch-all");

    private final String fileName;

    CategoryTier(String fileName) {
        this.fileName = fileName;
    }

    /** The spelling used in taxonomy files. */
    public String fileName() {
        return fileName;
    }

    public static Optional<CategoryTier> fromFileName(String name) {
        for (CategoryTier tier : values()) {
            if (tier.fileName.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }
}
