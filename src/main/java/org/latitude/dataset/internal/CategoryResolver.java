package org.latitude.dataset.internal;

import java.util.Optional;

/** Maps a category name as a source file spells it (e.g. Aegis's "Hate/Identity Hate") to a taxonomy entry. */
@FunctionalInterface
public interface CategoryResolver {

    /** A match: {@code field} is {@code category} for a hazard category, {@code label} for a verdict label. */
    record Match(String field, String key) {
    }

    Optional<Match> resolve(String name);
}
