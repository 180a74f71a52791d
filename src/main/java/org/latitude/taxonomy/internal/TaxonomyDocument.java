package org.latitude.taxonomy.internal;

import java.util.List;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.VerdictLabel;

/** A validated taxonomy file, ready to store. */
public record TaxonomyDocument(String key, String name, String version, String description, String source,
                               String licence, String notes, List<VerdictLabel> labels,
                               List<HazardCategory> categories, String contentHash) implements VersionedDocument {

    @Override
    public String contentSummary() {
        return categories.size() + " categories";
    }
}
