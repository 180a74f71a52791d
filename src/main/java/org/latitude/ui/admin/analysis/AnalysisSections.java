package org.latitude.ui.admin.analysis;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.latitude.analysis.AnalysisOverview;
import org.latitude.analysis.StoredAnalysis;

/** The parts of the analysis page built from a stored result; all data strings are set as text. */
final class AnalysisSections {

    private AnalysisSections() {
    }

    static Component summary(AnalysisOverview o, StoredAnalysis s) {
        Div out = new Div();
        out.setId("analysis-summary");
        out.add(new H3(o.soFar() ? "Summary (figures so far: the campaign is " + o.status() + ")" : "Summary"));
        AnalysisOverview.Coverage c = o.coverage();
        out.add(new Paragraph(String.format(Locale.ROOT, "%,d items annotated, %,d of them by two or more "
                + "annotators; %,d annotations, %.2f per item. Overlap k = %d, gold rate %d %% (%d gold items). "
                + "Data as of %s.", c.items(), c.itemsWithTwoOrMore(), c.ratings(), c.meanRatingsPerItem(),
                o.overlap(), o.goldRatePercent(), o.goldItems(), o.dataAsOf().isEmpty() ? "—" : o.dataAsOf())));
        Grid<AnalysisOverview.Headline> grid = new Grid<>();
        grid.setId("analysis-headline");
        grid.setAllRowsVisible(true);
        grid.addColumn(AnalysisOverview.Headline::field).setHeader("Field").setAutoWidth(true);
        grid.addColumn(h -> h.measure().replace("alpha_", "α ")).setHeader("Measure").setAutoWidth(true);
        grid.addColumn(h -> AnalysisView.number(h.value())).setHeader("Value").setAutoWidth(true);
        grid.addColumn(h -> Double.isNaN(h.ciLow()) ? "—" : "[" + AnalysisView.number(h.ciLow()) + ", "
                + AnalysisView.number(h.ciHigh()) + "]").setHeader("95 % CI").setAutoWidth(true);
        grid.addColumn(AnalysisOverview.Headline::items).setHeader("Items").setAutoWidth(true);
        grid.addColumn(AnalysisOverview.Headline::note).setHeader("Note").setFlexGrow(1);
        grid.setItems(o.headline());
        out.add(grid);
        if (!o.warnings().isEmpty()) {
            UnorderedList warnings = new UnorderedList();
            warnings.setId("analysis-warnings");
            o.warnings().forEach(w -> warnings.add(new ListItem(w)));
            out.add(new H3("Warnings"), warnings);
        }
        return out;
    }

    static Component annotators(AnalysisOverview o) {
        Grid<AnalysisOverview.AnnotatorRow> grid = new Grid<>();
        grid.setId("analysis-annotators");
        grid.setAllRowsVisible(true);
        grid.addColumn(AnalysisOverview.AnnotatorRow::annotator).setHeader("Annotator").setAutoWidth(true);
        grid.addColumn(AnalysisOverview.AnnotatorRow::items).setHeader("Items").setAutoWidth(true);
        grid.addColumn(a -> seconds(a.medianTimeS()) + " (mean " + seconds(a.meanTimeS()) + ")")
                .setHeader("Time per item, median").setAutoWidth(true);
        grid.addColumn(a -> AnalysisView.number(a.looKappa()) + " on " + a.looItems() + " items")
                .setHeader("κ with the others' majority").setAutoWidth(true);
        grid.addColumn(a -> a.goldItems() == 0 ? "no gold item" : AnalysisView.number(a.goldAccuracy()) + " of "
                + a.goldItems()).setHeader("Gold accuracy").setAutoWidth(true);
        grid.addColumn(a -> AnalysisView.number(a.dsAccuracy())).setHeader("Dawid–Skene accuracy")
                .setAutoWidth(true);
        grid.addColumn(a -> AnalysisView.number(a.da())).setHeader("DA").setAutoWidth(true);
        grid.setItems(o.annotators());
        String field = o.annotators().isEmpty() ? "" : o.annotators().getFirst().field();
        return new Div(new H3("Annotators"), new Paragraph("Agreement and Dawid–Skene accuracy on " + field
                + "; DA (discretion arbitrariness) only for pairwise campaigns with principle-specific judgments."),
                grid);
    }

    static Component models(AnalysisOverview o) {
        if (o.models().isEmpty()) {
            return new Div(new H3("Models"), new Paragraph("No model judgments in this campaign."));
        }
        Grid<AnalysisOverview.ModelRow> grid = new Grid<>();
        grid.setId("analysis-models");
        grid.setAllRowsVisible(true);
        grid.addColumn(AnalysisOverview.ModelRow::model).setHeader("Model").setAutoWidth(true);
        grid.addColumn(AnalysisOverview.ModelRow::field).setHeader("Field").setAutoWidth(true);
        grid.addColumn(m -> m.field().equals("discretion") ? "—" : Long.toString(m.comparedItems()))
                .setHeader("Items compared").setAutoWidth(true);
        grid.addColumn(m -> m.field().equals("discretion") ? "DA " + AnalysisView.number(m.da())
                : AnalysisView.number(m.kappaVsMajority())).setHeader("κ with the human majority")
                .setAutoWidth(true);
        grid.addColumn(m -> m.field().equals("discretion") ? "" : AnalysisView.number(m.looKappa()) + " vs humans ["
                + AnalysisView.number(m.humanLooMin()) + ", " + AnalysisView.number(m.humanLooMax()) + "]")
                .setHeader("Leave-one-out κ").setAutoWidth(true);
        grid.addColumn(m -> m.withinHumanRange() == null ? "" : m.withinHumanRange() ? "inside the human range"
                : "outside the human range").setHeader("").setAutoWidth(true);
        grid.setItems(o.models());
        return new Div(new H3("Models against the humans"), new Paragraph("Each model is compared with the human "
                + "majority; model–model and pooled figures are in the report, labelled."), grid);
    }

    /**
     * The report's charts, inline: each {@code <svg>} is the report module's own output (JFreeSVG, every text in it
     * escaped there; item text never appears in a chart), the same markup as in report.html.
     */
    static Component charts(java.util.List<org.latitude.analysis.AnalysisFigure> figures) {
        Div out = new Div(new H3("Charts"));
        out.setId("analysis-charts");
        for (org.latitude.analysis.AnalysisFigure f : figures) {
            Div figure = new Div(new com.vaadin.flow.component.Html(f.svg()), new Paragraph(f.caption()));
            figure.setId("figure-" + f.id());
            figure.getStyle().set("max-width", "100%").set("overflow-x", "auto");
            out.add(figure);
        }
        return out;
    }

    static Component provenance(StoredAnalysis s) {
        Paragraph p = new Paragraph(String.format(Locale.ROOT, "Analysis %d by %s, %s; %s; software %s, seed %d, "
                + "%d bootstrap replicates; item set %s…, inputs %s…; read %.1f s, engines %.1f s, charts %.1f s, "
                + "report ZIP %.1f s, writing %.1f s.",
                s.id(), s.startedBy(), s.finishedAt(), s.document(), s.softwareVersion(), s.seed(), s.bootstrap(),
                s.itemSetSha256().substring(0, 12), s.inputsSha256().substring(0, 12), s.readMs() / 1e3,
                s.enginesMs() / 1e3, s.chartsMs() / 1e3, s.zipMs() / 1e3, s.writeMs() / 1e3));
        p.setId("analysis-provenance");
        return new Div(new H3("Provenance"), p);
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "—" : String.format(Locale.ROOT, "%.1f s", s);
    }
}
