package org.latitude.taxonomy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A stored version of a document (taxonomy version, principle set): its provenance columns, its content hash and the
 * rule that a version in use is immutable. Subclasses own the parts (categories, principles).
 */
@MappedSuperclass
public abstract class VersionedDocumentEntity<D extends VersionedDocument> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_label", nullable = false, length = 50)
    private String versionLabel;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(length = 4000)
    private String source;

    @Column(length = 2000)
    private String licence;

    @Column(length = 4000)
    private String notes;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "in_use", nullable = false)
    private boolean inUse;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    protected VersionedDocumentEntity() {
    }

    /** The subclass calls {@link #refill} once its own fields are initialised. */
    protected VersionedDocumentEntity(String versionLabel) {
        this.versionLabel = versionLabel;
    }

    /** First half of replacing an unused version: drop its parts (flush before {@link #refill}). */
    public final void clearContent() {
        if (inUse) {
            throw new IllegalStateException("a version in use is immutable");
        }
        clearParts();
    }

    /** The document's content, after the old parts are deleted (their keys are unique per version). */
    public final void refill(D doc, Instant at, String by) {
        name = doc.name();
        description = doc.description();
        source = doc.source();
        licence = doc.licence();
        notes = doc.notes();
        contentHash = doc.contentHash();
        importedAt = at;
        importedBy = by;
        fillParts(doc);
    }

    protected abstract void clearParts();

    protected abstract void fillParts(D doc);

    public Long getId() {
        return id;
    }

    public String getContentHash() {
        return contentHash;
    }

    public boolean isInUse() {
        return inUse;
    }

    public void markInUse() {
        inUse = true;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    protected String name() {
        return name;
    }

    protected String description() {
        return description;
    }

    protected String source() {
        return source;
    }

    protected String licence() {
        return licence;
    }

    protected String notes() {
        return notes;
    }

    protected Instant importedAt() {
        return importedAt;
    }

    protected String importedBy() {
        return importedBy;
    }
}
