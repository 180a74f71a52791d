package org.latitude.dataset.internal;

import java.util.Optional;

/** The category resolver of each stored taxonomy a preset may need, by taxonomy key (empty when not installed). */
@FunctionalInterface
public interface TaxonomyResolvers {

    Optional<CategoryResolver> resolver(String taxonomyKey);

    /** No taxonomy is stored. */
    TaxonomyResolvers NONE = k -> Optional.empty();

    /** Just one taxonomy ({@code resolver} null: not installed). */
    static TaxonomyResolvers only(String key, CategoryResolver resolver) {
        return k -> k.equals(key) ? Optional.ofNullable(resolver) : Optional.empty();
    }
}
