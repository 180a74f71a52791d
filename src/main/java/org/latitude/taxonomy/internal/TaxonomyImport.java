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

    private final TaxonomyFileReader reader = new TaxonomyFileReader();
    private final TaxonomyRepository taxonomies;
    private final TaxonomyVersionRepository versions;

    TaxonomyImport(TaxonomyRepository taxonomies, TaxonomyVersionRepository versions, AuditLog audit,
                   CurrentUser currentUser, Clock clock) {
        super("taxonomies", "taxonomy.import", audit, currentUser, clock);
        this.taxonomies = taxonomies;
        this.versions = versions;
    }

    @Override
    protected TaxonomyDocument read(byte[] content) {
        return reader.read(content);
    }

    @Override
    protected Optional<TaxonomyVersion> find(String key, String version) {
        return versions.findByKeyAndLabel(key, version);
    }

    @Override
    protected TaxonomyVersion create(TaxonomyDocument doc, Instant at, String by) {
        Taxonomy taxonomy = taxonomies.findByKey(doc.key())
                .orElseGet(() -> taxonomies.save(new Taxonomy(doc.key(), doc.name())));
        return versions.save(new TaxonomyVersion(taxonomy, doc, at, by));
    }

    @Override
    protected void flush() {
        versions.flush();
    }
}
