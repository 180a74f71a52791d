package org.latitude.ui.admin.campaign;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Map;
import org.latitude.assignment.AnnotatorProgress;
import org.latitude.assignment.CampaignProgress;

/** Live progress: overall and per annotator (done, skipped, leased now, today, median time per item). */
class CampaignProgressPanel extends VerticalLayout {

    private final ProgressBar bar = new ProgressBar();
    private final Paragraph summary = new Paragraph();
    private final Grid<AnnotatorProgress> grid = new Grid<>(AnnotatorProgress.class, false);

    CampaignProgressPanel(Map<Long, String> names) {
        setPadding(false);
        setId("campaign-progress");
        grid.addColumn(p -> names.getOrDefault(p.annotatorId().value(), "#" + p.annotatorId())).setHeader("Annotator")
                .setAutoWidth(true);
        grid.addColumn(AnnotatorProgress::completed).setHeader("Done");
        grid.addColumn(AnnotatorProgress::completedToday).setHeader("Today");
        grid.addColumn(AnnotatorProgress::skipped).setHeader("Skipped");
        grid.addColumn(AnnotatorProgress::leased).setHeader("Leased now");
        grid.addColumn(p -> Double.isNaN(p.medianSecondsPerItem()) ? "—"
                : Math.round(p.medianSecondsPerItem()) + " s").setHeader("Median time per item");
        grid.setAllRowsVisible(true);
        add(bar, summary, grid);
    }

    void show(CampaignProgress p) {
        bar.setValue(p.fractionDone());
        summary.setText(p.annotations() + " of " + p.annotationsNeeded() + " annotations done; " + p.itemsComplete()
                + " of " + p.items() + " items complete; " + p.leasedNow() + " leased now; " + p.skips() + " skips"
                + (p.goldItems() > 0 ? "; " + p.goldItems() + " gold items" : "") + ".");
        grid.setItems(p.annotators());
    }
}
