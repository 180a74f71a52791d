package org.latitude.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.latitude.taxonomy.Principle;
import org.latitude.taxonomy.PrincipleSetDetails;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.PrincipleSetSummary;

/** Stored principle sets; selecting one shows its principles in order. */
class PrincipleSetBrowser extends VerticalLayout {

    private final transient PrincipleSetService principles;
    private final Grid<PrincipleSetSummary> sets = new Grid<>(PrincipleSetSummary.class, false);
    private final Div details = new Div();

    PrincipleSetBrowser(PrincipleSetService principles) {
        this.principles = principles;
        setPadding(false);
        sets.addColumn(PrincipleSetSummary::name).setHeader("Principle set").setAutoWidth(true);
        sets.addColumn(PrincipleSetSummary::versionLabel).setHeader("Version");
        sets.addColumn(PrincipleSetSummary::size).setHeader("Principles");
        sets.addColumn(s -> s.inUse() ? "in use (immutable)" : "unused").setHeader("Status").setAutoWidth(true);
        sets.setAllRowsVisible(true);
        sets.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(sets, details);
        refresh();
    }

    void refresh() {
        sets.setItems(principles.sets());
    }

    private void show(PrincipleSetSummary summary) {
        details.removeAll();
        if (summary == null) {
            return;
        }
        PrincipleSetDetails d = principles.details(summary.id());
        details.add(new H3(summary.displayName()));
        for (String line : new String[] {d.description(), d.source() == null ? null : "Source: " + d.source(),
                d.licence() == null ? null : "Licence: " + d.licence(), d.notes() == null ? null : "Notes: " + d.notes()}) {
            if (line != null) {
                details.add(new Paragraph(line));
            }
        }
        Grid<Principle> grid = new Grid<>(Principle.class, false);
        grid.addColumn(Principle::index).setHeader("Id").setAutoWidth(true);
        grid.addColumn(Principle::label).setHeader("Short label").setAutoWidth(true);
        grid.addColumn(Principle::text).setHeader("Principle").setFlexGrow(1);
        grid.setItems(d.principles());
        grid.setAllRowsVisible(true);
        details.add(grid);
    }
}
