package org.latitude.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.taxonomy.TaxonomySummary;

/** Stored taxonomy versions; selecting one shows its provenance, labels and categories. */
class TaxonomyBrowser extends VerticalLayout {

    private final transient TaxonomyService taxonomies;
    private final Grid<TaxonomySummary> versions = new Grid<>(TaxonomySummary.class, false);
    private final Div details = new Div();

    TaxonomyBrowser(TaxonomyService taxonomies) {
        this.taxonomies = taxonomies;
        setPadding(false);
        versions.setId("taxonomy-versions");
        versions.addColumn(TaxonomySummary::name).setHeader("Taxonomy").setAutoWidth(true);
        versions.addColumn(TaxonomySummary::versionLabel).setHeader("Version").setAutoWidth(true);
        versions.addColumn(TaxonomySummary::categoryCount).setHeader("Categories");
        versions.addColumn(TaxonomySummary::labelCount).setHeader("Labels");
        versions.addColumn(s -> s.inUse() ? "in use (immutable)" : "unused").setHeader("Status").setAutoWidth(true);
        versions.addColumn(s -> UsersView.WHEN.format(s.importedAt()) + " by " + s.importedBy())
                .setHeader("Imported").setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(versions, details);
        refresh();
    }

    void refresh() {
        versions.setItems(taxonomies.versions());
    }

    private void show(TaxonomySummary summary) {
        details.removeAll();
        if (summary == null) {
            return;
        }
        TaxonomyDetails d = taxonomies.details(summary.versionId());
        details.add(new H3(summary.displayName()));
        for (String line : new String[] {d.description(), d.source() == null ? null : "Source: " + d.source(),
                d.licence() == null ? null : "Licence: " + d.licence(), d.notes() == null ? null : "Notes: " + d.notes()}) {
            if (line != null) {
                details.add(new Paragraph(line));
            }
        }
        if (!d.labels().isEmpty()) {
            details.add(new Paragraph("Non-unsafe labels: " + String.join(", ",
                    d.labels().stream().map(l -> l.name() + " (" + l.key() + ")").toList())));
        }
        Grid<HazardCategory> categories = new Grid<>(HazardCategory.class, false);
        categories.setId("taxonomy-categories");
        categories.addColumn(HazardCategory::key).setHeader("Key").setAutoWidth(true);
        categories.addColumn(HazardCategory::name).setHeader("Name").setAutoWidth(true);
        categories.addColumn(c -> c.tier().fileName()).setHeader("Tier").setAutoWidth(true);
        categories.addColumn(HazardCategory::parentKey).setHeader("Parent").setAutoWidth(true);
        categories.addColumn(c -> String.join(", ", c.aliases())).setHeader("Aliases").setAutoWidth(true);
        categories.addColumn(HazardCategory::definition).setHeader("Definition").setFlexGrow(1);
        categories.setItems(d.categories());
        categories.setAllRowsVisible(true);
        details.add(categories);
    }
}
