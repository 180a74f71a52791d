package org.latitude.ui.admin.analysis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.latitude.analysis.CampaignAnalysis;
import org.latitude.analysis.Disagreement;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/** The items two raters labelled differently on a field (current data), item text shown as plain text. */
final class DisagreementDialog extends Dialog {

    static final int LIMIT = 200;

    DisagreementDialog(CampaignAnalysis analysis, CampaignId campaign, String field, String a, String b) {
        setHeaderTitle(field + ": " + a + " vs " + b);
        setWidth("80vw");
        List<Disagreement> items;
        try {
            items = analysis.disagreements(campaign, field, a, b, LIMIT);
        } catch (ValidationException e) {
            Feedback.error(e);
            items = List.of();
        }
        Grid<Disagreement> grid = new Grid<>();
        grid.setId("disagreements");
        grid.addColumn(Disagreement::externalId).setHeader("Item").setAutoWidth(true);
        grid.addColumn(Disagreement::labelA).setHeader(a).setAutoWidth(true);
        grid.addColumn(Disagreement::labelB).setHeader(b).setAutoWidth(true);
        grid.addColumn(Disagreement::prompt).setHeader("Prompt").setFlexGrow(1);
        grid.setItems(items);
        add(new Paragraph(items.isEmpty() ? "They agree on every item both rated." : items.size()
                + (items.size() == LIMIT ? " (the first " + LIMIT + ")" : "") + " items they disagree on, from the "
                + "current data."), grid);
        getFooter().add(new Button("Close", e -> close()));
    }
}
