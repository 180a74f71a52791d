package org.latitude.taxonomy.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
public class PrincipleSetEntity extends VersionedDocumentEntity<PrincipleSetDocument> {

    @Column(name = "set_key", nullable = false, length = 100)
    private String key;

    @OneToMany(mappedBy = "set", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PrincipleEntity> principles = new ArrayList<>();

    protected PrincipleSetEntity() {
    }

    public PrincipleSetEntity(PrincipleSetDocument doc, Instant at, String by) {
        super(doc.version());
        key = doc.key();
        refill(doc, at, by);
    }

    @Override
    protected void clearParts() {
        principles.clear();
    }

    @Override
    protected void fillParts(PrincipleSetDocument doc) {
        doc.principles().forEach(p -> principles.add(new PrincipleEntity(this, p)));
    }

    public String getKey() {
        return key;
    }

    public PrincipleSetSummary toSummary() {
        return new PrincipleSetSummary(getId(), key, name(), getVersionLabel(), principles.size(), isInUse(),
                importedAt(), importedBy());
    }

    public PrincipleSetDetails toDetails() {
        return new PrincipleSetDetails(toSummary(), description(), source(), licence(), notes(),
                principles.stream().map(PrincipleEntity::toPrinciple).toList());
    }
}
