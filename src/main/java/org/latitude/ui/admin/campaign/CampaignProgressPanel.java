package org.latitude.ui.admin.campaign;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Map;
import org.latitude.assignment.AnnotatorProgress;
import org.latitude.assignment.CampaignProgress;
import org.latitude.assignment.CategoryAggregate;
import org.latitude.assignment.WellbeingFigures;
import org.latitude.assignment.ItemSkip;
import org.latitude.assignment.SkipCount;
import org.latitude.ui.ClientTime;

/**
 * Live progress: overall and per annotator (every member, also those who have not started: done, skipped, leased
 * now, today, median time per item), and why items were skipped: each reason with its count, and the recent skips
 * item by item; then the exposure controls in aggregate only (returns as a total, exposure per sensitive category,
 * what opt-outs cost in reachable annotations), never one annotator's exposure or opt-outs.
 */
class CampaignProgressPanel extends VerticalLayout {

    private final ProgressBar bar = new ProgressBar();
    private final Paragraph summary = new Paragraph();
    private final Grid<AnnotatorProgress> grid = new Grid<>(AnnotatorProgress.class, false);
    private final Grid<SkipCount> reasons = new Grid<>(SkipCount.class, false);
    private final Grid<ItemSkip> skips = new Grid<>(ItemSkip.class, false);
    private final H4 skipsTitle = new H4("Skips");
    private final Paragraph wellbeingSummary = new Paragraph();
    private final Grid<CategoryAggregate> exposure = new Grid<>(CategoryAggregate.class, false);

    CampaignProgressPanel(Map<Long, String> names, Map<String, String> categoryNames) {
        setPadding(false);
        setId("campaign-progress");
        grid.setId("progress-annotators");
        grid.addColumn(p -> names.getOrDefault(p.annotatorId().value(), "#" + p.annotatorId())).setHeader("Annotator")
                .setAutoWidth(true);
        grid.addColumn(AnnotatorProgress::completed).setHeader("Done");
        grid.addColumn(AnnotatorProgress::completedToday).setHeader("Today");
        grid.addColumn(AnnotatorProgress::skipped).setHeader("Skipped");
        grid.addColumn(AnnotatorProgress::leased).setHeader("Leased now");
        grid.addColumn(p -> p.completed() + p.skipped() + p.leased() == 0 ? "not started"
                : Double.isNaN(p.medianSecondsPerItem()) ? "—" : Math.round(p.medianSecondsPerItem()) + " s")
                .setHeader("Median time per item");
        grid.setAllRowsVisible(true);
        reasons.setId("skip-reasons");
        reasons.addColumn(SkipCount::reason).setHeader("Reason").setFlexGrow(1);
        reasons.addColumn(SkipCount::count).setHeader("Skips").setAutoWidth(true);
        reasons.setAllRowsVisible(true);
        skips.setId("skips-by-item");
        skips.addColumn(ItemSkip::itemExternalId).setHeader("Item").setAutoWidth(true);
        skips.addColumn(s -> names.getOrDefault(s.annotatorId().value(), "#" + s.annotatorId())).setHeader("Annotator")
                .setAutoWidth(true);
        skips.addColumn(ItemSkip::reason).setHeader("Reason").setFlexGrow(1);
        skips.addColumn(s -> ClientTime.exact(s.skippedAt())).setHeader("When").setAutoWidth(true);
        skips.setHeight("18rem");
        wellbeingSummary.setId("wellbeing-summary");
        exposure.setId("exposure-aggregate");
        exposure.addColumn(c -> categoryNames.getOrDefault(c.categoryKey(), c.categoryKey())).setHeader("Category")
                .setAutoWidth(true);
        exposure.addColumn(CategoryAggregate::shownToday).setHeader("Items shown today");
        exposure.addColumn(CategoryAggregate::shownThisWeek).setHeader("This week");
        exposure.addColumn(CategoryAggregate::annotatorsAtCap).setHeader("Annotators at today's cap");
        exposure.addColumn(CategoryAggregate::membersOptedOut).setHeader("Members opted out");
        exposure.setAllRowsVisible(true);
        add(bar, summary, grid, skipsTitle, reasons, skips, new H4("Exposure (all annotators together)"),
                wellbeingSummary, exposure);
    }

    /** The wellbeing line last shown. */
    String wellbeingSummary() {
        return wellbeingSummary.getText();
    }

    /** The summary line last shown. */
    String summary() {
        return summary.getText();
    }

    void show(CampaignProgress p, WellbeingFigures w) {
        show(p);
        wellbeingSummary.setText(w.returns() + (w.returns() == 1 ? " item" : " items") + " returned without penalty "
                + "(not skips)" + (w.dailyCap() == null ? "" : "; daily cap " + w.dailyCap() + " items per sensitive "
                + "category") + (w.itemsShortOfEligibleMembers() == 0 ? "."
                : "; " + w.itemsShortOfEligibleMembers() + " items cannot reach k because too few members may see "
                + "them (opt-outs), so " + w.annotationsOutOfReach() + " of the needed annotations are out of reach."));
        exposure.setItems(w.categories());
        exposure.setVisible(!w.categories().isEmpty());
    }

    private void show(CampaignProgress p) {
        bar.setValue(p.fractionDone());
        summary.setText(p.annotations() + " of " + p.annotationsNeeded() + " annotations done; " + p.itemsComplete()
                + " of " + p.items() + " items complete; " + p.leasedNow() + " leased now; " + p.skips() + " skips"
                + (p.goldItems() > 0 ? "; " + p.goldItems() + " gold items" : "") + ".");
        grid.setItems(p.annotators());
        boolean skipped = p.skips() > 0;
        skipsTitle.setText(skipped ? "Why items were skipped" + (p.skips() > p.recentSkips().size()
                ? " (the " + p.recentSkips().size() + " most recent by item)" : "") : "No item was skipped yet");
        reasons.setItems(p.skipReasons());
        skips.setItems(p.recentSkips());
        reasons.setVisible(skipped);
        skips.setVisible(skipped);
    }
}
