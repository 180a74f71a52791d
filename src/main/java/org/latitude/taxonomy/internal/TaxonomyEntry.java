package org.latitude.taxonomy.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.latitude.taxonomy.CategoryTier;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.VerdictLabel;

/** A label or category row of a taxonomy version. */
@Entity
@Table(name = "taxonomy_entry")
public class TaxonomyEntry {

    enum Kind { LABEL, CATEGORY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private TaxonomyVersion version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "entry_key", nullable = false, length = 100)
    private String key;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String definition;

    @Column(length = 32)
    private String tier;

    @Column(name = "parent_key", length = 100)
    private String parentKey;

    @Column(name = "group_name", length = 200)
    private String groupName;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "taxonomy_entry_alias", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "alias", nullable = false, length = 200)
    private List<String> aliases = new ArrayList<>();

    protected TaxonomyEntry() {
    }

    static TaxonomyEntry label(TaxonomyVersion version, VerdictLabel label, int order) {
        TaxonomyEntry e = new TaxonomyEntry();
        e.version = version;
        e.kind = Kind.LABEL;
        e.key = label.key();
        e.name = label.name();
        e.definition = label.definition();
        e.sortOrder = order;
        e.aliases = new ArrayList<>(label.aliases());
        return e;
    }

    static TaxonomyEntry category(TaxonomyVersion version, HazardCategory category, int order) {
        TaxonomyEntry e = new TaxonomyEntry();
        e.version = version;
        e.kind = Kind.CATEGORY;
        e.key = category.key();
        e.name = category.name();
        e.definition = category.definition();
        e.tier = category.tier().fileName();
        e.parentKey = category.parentKey();
        e.groupName = category.group();
        e.sortOrder = order;
        e.aliases = new ArrayList<>(category.aliases());
        return e;
    }

    Kind kind() {
        return kind;
    }

    int sortOrder() {
        return sortOrder;
    }

    VerdictLabel toLabel() {
        return new VerdictLabel(key, name, definition, aliases);
    }

    HazardCategory toCategory() {
        return new HazardCategory(key, name, definition, CategoryTier.fromFileName(tier).orElse(CategoryTier.CORE),
                parentKey, groupName, aliases);
    }
}
