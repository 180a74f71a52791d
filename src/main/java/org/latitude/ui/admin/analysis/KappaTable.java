package org.latitude.ui.admin.analysis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.latitude.analysis.AnalysisOverview;

/**
 * Cohen's κ of every rater pair on one field with the items both rated; a cell opens the items the two disagree on.
 * Models are marked, so machine–machine cells are never read as human agreement.
 */
final class KappaTable extends Div {

    KappaTable(AnalysisOverview.KappaMatrix m, BiConsumer<String, String> drillDown) {
        setId("kappa-" + m.field().replaceAll("[^a-z_]", "-"));
        add(new H4(m.field()));
        Grid<Integer> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> name(m, i)).setHeader("").setAutoWidth(true).setFrozen(true);
        for (int j = 0; j < m.raters().size(); j++) {
            int col = j;
            grid.addComponentColumn(i -> cell(m, i, col, drillDown)).setHeader(new Span(name(m, col)))
                    .setAutoWidth(true);
        }
        grid.setItems(IntStream.range(0, m.raters().size()).boxed().toList());
        add(grid);
    }

    private static String name(AnalysisOverview.KappaMatrix m, int i) {
        return m.raters().get(i) + (m.models().get(i) ? " (model)" : "");
    }

    private static com.vaadin.flow.component.Component cell(AnalysisOverview.KappaMatrix m, int i, int j,
                                                           BiConsumer<String, String> drillDown) {
        if (i == j) {
            return new Span("—");
        }
        double k = m.kappa()[i][j];
        int n = m.shared()[i][j];
        String label = (Double.isNaN(k) ? "undefined" : String.format(Locale.ROOT, "%.2f", k)) + " (n=" + n + ")";
        if (n == 0) {
            return new Span(label);
        }
        Button b = new Button(label, e -> drillDown.accept(m.raters().get(i), m.raters().get(j)));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.getElement().setAttribute("title", "Items " + m.raters().get(i) + " and " + m.raters().get(j)
                + " disagree on");
        return b;
    }
}
