package org.latitude.taxonomy;

import java.util.List;
import java.util.Optional;

/** A taxonomy version with its provenance, labels and categories in their file order. */
public record TaxonomyDetails(TaxonomySummary summary, String description, String source, String licence,
                              String notes, List<VerdictLabel> labels, List<HazardCategory> categories) {

    public TaxonomyDetails {
        labels = List.copyOf(labels);
        categories = List.copyOf(categories);
    }

    /** The category with this key, name or alias (how imported labels such as {@code "S1"} are normalised). */
    public Optional<HazardCategory> resolve(String keyNameOrAlias) {
        return categories.stream().filter(c -> c.key().equalsIgnoreCase(keyNameOrAlias == null ? "" : keyNameOrAlias.trim()))
                .findFirst()
                .or(() -> categories.stream().filter(c -> c.answersTo(keyNameOrAlias)).findFirst());
    }
}
