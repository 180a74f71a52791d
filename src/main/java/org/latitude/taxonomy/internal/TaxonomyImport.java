package org.latitude.taxonomy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.latitude.audit.AuditLog;
import org.latitude.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Taxonomy files and the bundled taxonomy presets through the one import flow. */
@Component
public class TaxonomyImport extends DocumentImport<TaxonomyDocument, TaxonomyVersion> {

    private final TaxonomyRepository taxonomies;
    private final TaxonomyVersionRepository versions;

    TaxonomyImport(TaxonomyRepository taxonomies, TaxonomyVersionRepository versions, AuditLog audit,
                   CurrentUser currentUser, Clock clock) {
        super("taxonomies", "taxonomy.import", new TaxonomyFileReader(), versions, audit, currentUser, clock);
        this.taxonomies = taxonomies;
        this.versions = versions;
    }

    @Override
    protected Optional<TaxonomyVersion> find(String key, String version) {
        return versions.findByKeyAndLabel(key, version);
    }

    /** A version of the taxonomy with the document's key, which is created with the first version. */
    @Override
    protected TaxonomyVersion newVersion(TaxonomyDocument doc, Instant at, String by) {
        Taxonomy taxonomy = taxonomies.findByKey(doc.key())
                .orElseGet(() -> taxonomies.save(new Taxonomy(doc.key(), doc.name())));
        return new TaxonomyVersion(taxonomy, doc, at, by);
    }
}
