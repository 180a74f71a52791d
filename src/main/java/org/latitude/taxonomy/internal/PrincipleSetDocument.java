package org.latitude.taxonomy.internal;

import java.util.List;
import org.latitude.taxonomy.Principle;

/** A validated principle-set file, ready to store. */
public record PrincipleSetDocument(String key, String name, String version, String description, String source,
                                   String licence, String notes, List<Principle> principles,
                                   String contentHash) implements VersionedDocument {

    @Override
    public String contentSummary() {
        return principles.size() + " principles";
    }
}
