package org.latitude.ui.admin.judge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.latitude.campaign.CampaignSummary;
import org.latitude.judge.JudgmentBatch;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.ModelJudgments;
import org.latitude.judge.RaterCoverage;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/** Per model rater and kind: how many of the campaign's items it judged; and the stored batches, deletable. */
class CoveragePanel extends VerticalLayout {

    private final ModelJudgments judgments;
    private final JudgmentImports imports;
    private final Grid<RaterCoverage> coverage = new Grid<>(RaterCoverage.class, false);
    private final Grid<JudgmentBatch> batches = new Grid<>(JudgmentBatch.class, false);
    private CampaignSummary campaign;

    CoveragePanel(ModelJudgments judgments, JudgmentImports imports) {
        this.judgments = judgments;
        this.imports = imports;
        setPadding(false);
        coverage.setId("judgment-coverage");
        coverage.addColumn(c -> c.rater().label()).setHeader("Model rater").setFlexGrow(1);
        coverage.addColumn(c -> c.kind().name().toLowerCase(Locale.ROOT)).setHeader("Kind").setAutoWidth(true);
        coverage.addColumn(c -> c.itemsJudged() + " of " + c.campaignItems()
                + String.format(Locale.ROOT, " (%.0f %%)", 100 * c.share())).setHeader("Items judged")
                .setAutoWidth(true);
        coverage.addColumn(RaterCoverage::judgments).setHeader("Judgments").setAutoWidth(true);
        coverage.addColumn(RaterCoverage::unparseableAnswers).setHeader("Unparseable answers").setAutoWidth(true);
        coverage.setAllRowsVisible(true);
        batches.setId("judgment-batches");
        batches.addColumn(b -> b.rater().label()).setHeader("Model rater").setFlexGrow(1);
        batches.addColumn(JudgmentBatch::source).setHeader("Source").setAutoWidth(true);
        batches.addColumn(JudgmentBatch::fileName).setHeader("File").setAutoWidth(true);
        batches.addColumn(JudgmentBatch::judgments).setHeader("Judgments").setAutoWidth(true);
        batches.addColumn(b -> b.createdAt() + " by " + b.createdBy()).setHeader("Stored").setAutoWidth(true);
        batches.addComponentColumn(b -> {
            Button delete = new Button("Delete", e -> delete(b));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return delete;
        });
        batches.setAllRowsVisible(true);
        add(coverage, batches);
    }

    void setCampaign(CampaignSummary c) {
        this.campaign = c;
        coverage.setItems(c == null ? List.of() : judgments.coverage(c.id()));
        batches.setItems(c == null ? List.of() : imports.batches(c.id()));
    }

    private void delete(JudgmentBatch b) {
        try {
            imports.deleteBatch(b.id());
            Feedback.success("Deleted " + b.judgments() + " judgments of " + b.rater().label() + ".");
            setCampaign(campaign);
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }
}
