package org.latitude.taxonomy.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.TaxonomySummary;

/** One immutable-once-used version of a taxonomy, with its labels and categories. */
@Entity
@Table(name = "taxonomy_version")
public class TaxonomyVersion implements VersionedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "taxonomy_id")
    private Taxonomy taxonomy;

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

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<TaxonomyEntry> entries = new ArrayList<>();

    protected TaxonomyVersion() {
    }

    public TaxonomyVersion(Taxonomy taxonomy, TaxonomyDocument doc, Instant importedAt, String importedBy) {
        this.taxonomy = taxonomy;
        this.versionLabel = doc.version();
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        fill(doc);
    }

    /** First half of replacing an unused version: drop its entries (flush before {@link #refill}). */
    public void clearEntries() {
        if (inUse) {
            throw new IllegalStateException("version in use is immutable");
        }
        entries.clear();
    }

    /** Second half: the new content, after the old entries are deleted (their keys are unique per version). */
    public void refill(TaxonomyDocument doc, Instant at, String by) {
        importedAt = at;
        importedBy = by;
        fill(doc);
    }

    private void fill(TaxonomyDocument doc) {
        name = doc.name();
        description = doc.description();
        source = doc.source();
        licence = doc.licence();
        notes = doc.notes();
        contentHash = doc.contentHash();
        int order = 0;
        for (var label : doc.labels()) {
            entries.add(TaxonomyEntry.label(this, label, order++));
        }
        for (var category : doc.categories()) {
            entries.add(TaxonomyEntry.category(this, category, order++));
        }
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

    public String getVersionLabel() {
        return versionLabel;
    }

    public Taxonomy getTaxonomy() {
        return taxonomy;
    }

    public TaxonomySummary toSummary() {
        int labels = (int) entries.stream().filter(e -> e.kind() == TaxonomyEntry.Kind.LABEL).count();
        return new TaxonomySummary(id, taxonomy.getKey(), name, versionLabel, entries.size() - labels, labels, inUse,
                importedAt, importedBy);
    }

    public TaxonomyDetails toDetails() {
        List<TaxonomyEntry> ordered = entries.stream().sorted(Comparator.comparingInt(TaxonomyEntry::sortOrder))
                .toList();
        return new TaxonomyDetails(toSummary(), description, source, licence, notes,
                ordered.stream().filter(e -> e.kind() == TaxonomyEntry.Kind.LABEL).map(TaxonomyEntry::toLabel).toList(),
                ordered.stream().filter(e -> e.kind() == TaxonomyEntry.Kind.CATEGORY).map(TaxonomyEntry::toCategory)
                        .toList());
    }
}
