package org.latitude.taxonomy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.latitude.audit.AuditLog;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.internal.TaxonomyImport;
import org.latitude.taxonomy.internal.TaxonomyVersion;
import org.latitude.taxonomy.internal.TaxonomyVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned hazard taxonomies: import (files and bundled presets, through the same validation), browse, and the
 * immutability rule — a version a campaign uses can no longer be replaced or deleted.
 */
@Service
public class TaxonomyService {

    private final TaxonomyVersionRepository versions;
    private final TaxonomyImport imports;
    private final AuditLog audit;

    TaxonomyService(TaxonomyVersionRepository versions, TaxonomyImport imports, AuditLog audit) {
        this.versions = versions;
        this.imports = imports;
        this.audit = audit;
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
        return imports.importFile(content, fileName);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<Preset> presets() {
        return imports.presets();
    }

    /** Installs a bundled preset through the same importer as an uploaded file. */
    @RolesAllowed("ADMIN")
    @Transactional
    public ImportOutcome installPreset(String fileName) {
        return imports.installPreset(fileName);
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
