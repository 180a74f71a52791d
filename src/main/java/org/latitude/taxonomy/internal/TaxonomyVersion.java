package org.latitude.taxonomy.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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
public class TaxonomyVersion extends VersionedDocumentEntity<TaxonomyDocument> {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "taxonomy_id")
    private Taxonomy taxonomy;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<TaxonomyEntry> entries = new ArrayList<>();

    protected TaxonomyVersion() {
    }

    public TaxonomyVersion(Taxonomy taxonomy, TaxonomyDocument doc, Instant importedAt, String importedBy) {
        super(doc.version());
        this.taxonomy = taxonomy;
        refill(doc, importedAt, importedBy);
    }

    @Override
    protected void clearParts() {
        entries.clear();
    }

    /** The taxonomy takes the name of its latest imported version. */
    @Override
    protected void fillParts(TaxonomyDocument doc) {
        taxonomy.setName(doc.name());
        int order = 0;
        for (var label : doc.labels()) {
            entries.add(TaxonomyEntry.label(this, label, order++));
        }
        for (var category : doc.categories()) {
            entries.add(TaxonomyEntry.category(this, category, order++));
        }
    }

    public Taxonomy getTaxonomy() {
        return taxonomy;
    }

    public TaxonomySummary toSummary() {
        int labels = (int) entries.stream().filter(e -> e.kind() == TaxonomyEntry.Kind.LABEL).count();
        return new TaxonomySummary(getId(), taxonomy.getKey(), name(), getVersionLabel(), entries.size() - labels,
                labels, isInUse(), importedAt(), importedBy());
    }

    public TaxonomyDetails toDetails() {
        List<TaxonomyEntry> ordered = entries.stream().sorted(Comparator.comparingInt(TaxonomyEntry::sortOrder))
                .toList();
        return new TaxonomyDetails(toSummary(), description(), source(), licence(), notes(),
                ordered.stream().filter(e -> e.kind() == TaxonomyEntry.Kind.LABEL).map(TaxonomyEntry::toLabel).toList(),
                ordered.stream().filter(e -> e.kind() == TaxonomyEntry.Kind.CATEGORY).map(TaxonomyEntry::toCategory)
                        .toList());
    }
}
