package org.latitude.taxonomy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.latitude.audit.AuditLog;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.internal.BundledFiles;
import org.latitude.taxonomy.internal.Taxonomy;
import org.latitude.taxonomy.internal.TaxonomyDocument;
import org.latitude.taxonomy.internal.TaxonomyFileReader;
import org.latitude.taxonomy.internal.TaxonomyRepository;
import org.latitude.taxonomy.internal.TaxonomyVersion;
import org.latitude.taxonomy.internal.TaxonomyVersionRepository;
import org.latitude.taxonomy.internal.VersionImport;
import org.latitude.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned hazard taxonomies: import (files and bundled presets, through the same validation), browse, and the
 * immutability rule — a version a campaign uses can no longer be replaced or deleted.
 */
@Service
public class TaxonomyService {

    private final TaxonomyRepository taxonomies;
    private final TaxonomyVersionRepository versions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TaxonomyFileReader reader = new TaxonomyFileReader();
    private final BundledFiles presets = new BundledFiles("taxonomies");

    TaxonomyService(TaxonomyRepository taxonomies, TaxonomyVersionRepository versions, AuditLog audit,
                    CurrentUser currentUser, Clock clock) {
        this.taxonomies = taxonomies;
        this.versions = versions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<TaxonomySummary> versions() {
        return versions.findAllWithEntries().stream().map(TaxonomyVersion::toSummary).toList();
    }

    /** Categories are not secret: annotators need them for the label form of their campaigns. */
    @PermitAll
    @Transactional(readOnly = true)
    public TaxonomyDetails details(long versionId) {
        return versions.findWithEntries(versionId).map(TaxonomyVersion::toDetails)
                .orElseThrow(() -> new ValidationException("No taxonomy version " + versionId + "."));
    }

    /**
     * Imports a taxonomy file. All of it is stored or, when any problem is found, nothing; the exception lists every
     * problem with its place in the file.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public ImportOutcome importFile(byte[] content, String fileName) {
        TaxonomyDocument doc = reader.read(content);
        Taxonomy taxonomy = taxonomies.findByKey(doc.key()).orElseGet(() -> taxonomies.save(new Taxonomy(doc.key(),
                doc.name())));
        taxonomy.setName(doc.name());
        String actor = currentUser.actorName();
        ImportOutcome outcome = VersionImport.apply(versions.findByKeyAndLabel(doc.key(), doc.version()),
                doc.contentHash(), doc.name() + " " + doc.version(), version -> {
                    version.clearEntries();
                    versions.flush();
                    version.refill(doc, clock.instant(), actor);
                }, () -> versions.save(new TaxonomyVersion(taxonomy, doc, clock.instant(), actor)));
        if (outcome.status() == ImportOutcome.Status.UNCHANGED) {
            return outcome;
        }
        audit.record("taxonomy.import", doc.key() + " " + doc.version(),
                outcome.status() + " from " + fileName + ", " + doc.categories().size() + " categories");
        return outcome;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<Preset> presets() {
        List<Preset> out = new ArrayList<>();
        for (String name : presets.names()) {
            TaxonomyDocument doc = reader.read(presets.read(name));
            boolean installed = versions.findByKeyAndLabel(doc.key(), doc.version()).isPresent();
            out.add(new Preset(name, doc.key(), doc.name(), doc.version(), installed));
        }
        return out;
    }

    /** Installs a bundled preset through the same importer as an uploaded file. */
    @RolesAllowed("ADMIN")
    @Transactional
    public ImportOutcome installPreset(String fileName) {
        return importFile(presets.read(fileName), "preset " + fileName);
    }

    /** Called when a campaign starts using the version: from then on it is immutable. */
    @RolesAllowed("ADMIN")
    @Transactional
    public void markInUse(long versionId) {
        TaxonomyVersion version = versions.findById(versionId)
                .orElseThrow(() -> new ValidationException("No taxonomy version " + versionId + "."));
        version.markInUse();
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void deleteVersion(long versionId) {
        TaxonomyVersion version = versions.findById(versionId)
                .orElseThrow(() -> new ValidationException("No taxonomy version " + versionId + "."));
        if (version.isInUse()) {
            throw new ValidationException("This version is used by a campaign and cannot be deleted.");
        }
        versions.delete(version);
        audit.record("taxonomy.delete", version.getTaxonomy().getKey() + " " + version.getVersionLabel(), null);
    }
}
