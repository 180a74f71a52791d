package org.latitude.taxonomy.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.latitude.taxonomy.PrincipleSetDetails;
import org.latitude.taxonomy.PrincipleSetSummary;

/** A version of a principle set (constitution); immutable once a campaign uses it. */
@Entity
@Table(name = "principle_set")
public class PrincipleSetEntity implements VersionedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "set_key", nullable = false, length = 100)
    private String key;

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

    @OneToMany(mappedBy = "set", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PrincipleEntity> principles = new ArrayList<>();

    protected PrincipleSetEntity() {
    }

    public PrincipleSetEntity(PrincipleSetDocument doc, Instant at, String by) {
        key = doc.key();
        versionLabel = doc.version();
        refill(doc, at, by);
    }

    /** First half of replacing an unused set: drop its principles (flush before {@link #refill}). */
    public void clearPrinciples() {
        if (inUse) {
            throw new IllegalStateException("principle set in use is immutable");
        }
        principles.clear();
    }

    public void refill(PrincipleSetDocument doc, Instant at, String by) {
        name = doc.name();
        description = doc.description();
        source = doc.source();
        licence = doc.licence();
        contentHash = doc.contentHash();
        importedAt = at;
        importedBy = by;
        notes = doc.notes();
        doc.principles().forEach(p -> principles.add(new PrincipleEntity(this, p)));
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getContentHash() {
        return contentHash;
    }

    @Override
    public boolean isInUse() {
        return inUse;
    }

    public void markInUse() {
        inUse = true;
    }

    public String getKey() {
        return key;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public PrincipleSetSummary toSummary() {
        return new PrincipleSetSummary(id, key, name, versionLabel, principles.size(), inUse, importedAt, importedBy);
    }

    public PrincipleSetDetails toDetails() {
        return new PrincipleSetDetails(toSummary(), description, source, licence, notes,
                principles.stream().map(PrincipleEntity::toPrinciple).toList());
    }
}
