package org.latitude.taxonomy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.latitude.taxonomy.Principle;

@Entity
@Table(name = "principle")
public class PrincipleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id")
    private PrincipleSetEntity set;

    @Column(name = "principle_index", nullable = false)
    private int position;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "short_label", nullable = false, length = 200)
    private String label;

    protected PrincipleEntity() {
    }

    PrincipleEntity(PrincipleSetEntity set, Principle principle) {
        this.set = set;
        this.position = principle.index();
        this.text = principle.text();
        this.label = principle.label();
    }

    Principle toPrinciple() {
        return new Principle(position, text, label);
    }
}
