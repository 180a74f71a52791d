package org.latitude.taxonomy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.latitude.audit.AuditLog;
import org.latitude.security.CurrentUser;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.ImportOutcome;
import org.latitude.taxonomy.Preset;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The one import flow of versioned documents, for files and bundled presets alike: parse and validate the whole file,
 * leave identical content alone, replace an unused version, refuse to change a version in use, otherwise create the
 * new version label; every change is audited. Runs in the calling service's transaction, so an import is stored
 * whole or not at all.
 */
public abstract class DocumentImport<D extends VersionedDocument, V extends VersionedDocumentEntity<D>> {

    private final BundledFiles presets;
    private final String auditAction;
    private final DocumentReader<D> reader;
    private final JpaRepository<V, Long> versions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    /**
     * @param presetFolder the folder under {@code seed-data/} of the bundled presets
     * @param auditAction  what the audit log calls an import
     */
    protected DocumentImport(String presetFolder, String auditAction, DocumentReader<D> reader,
                             JpaRepository<V, Long> versions, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.presets = new BundledFiles(presetFolder);
        this.auditAction = auditAction;
        this.reader = reader;
        this.versions = versions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The stored version with this key and version label, if any. */
    protected abstract Optional<V> find(String key, String version);

    /** A new, not yet stored version of the document. */
    protected abstract V newVersion(D doc, Instant at, String by);

    public ImportOutcome importFile(byte[] content, String fileName) {
        D doc = reader.read(content);
        String displayName = doc.name() + " " + doc.version();
        Optional<V> existing = find(doc.key(), doc.version());
        if (existing.isPresent() && existing.get().getContentHash().equals(doc.contentHash())) {
            return new ImportOutcome(existing.get().getId(), displayName, ImportOutcome.Status.UNCHANGED);
        }
        String actor = currentUser.actorName();
        ImportOutcome outcome;
        if (existing.isPresent()) {
            V version = existing.get();
            if (version.isInUse()) {
                throw new ValidationException("Version " + displayName + " is used by a campaign and cannot change; "
                        + "import the file under a new 'version'.");
            }
            version.clearContent();
            versions.flush();
            version.refill(doc, clock.instant(), actor);
            outcome = new ImportOutcome(version.getId(), displayName, ImportOutcome.Status.REPLACED);
        } else {
            outcome = new ImportOutcome(versions.save(newVersion(doc, clock.instant(), actor)).getId(), displayName,
                    ImportOutcome.Status.CREATED);
        }
        audit.record(auditAction, doc.key() + " " + doc.version(),
                outcome.status() + " from " + fileName + ", " + doc.contentSummary());
        return outcome;
    }

    /** The bundled presets, each with whether its version is stored. */
    public List<Preset> presets() {
        return presets.names().stream().map(name -> {
            D doc = reader.read(presets.read(name));
            return new Preset(name, doc.key(), doc.name(), doc.version(), find(doc.key(), doc.version()).isPresent());
        }).toList();
    }

    /** Installs a bundled preset through the same flow as an uploaded file. */
    public ImportOutcome installPreset(String fileName) {
        return importFile(presets.read(fileName), "preset " + fileName);
    }
}
