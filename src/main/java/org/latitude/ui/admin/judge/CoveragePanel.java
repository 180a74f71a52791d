package org.latitude.ui.admin.judge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.latitude.campaign.CampaignSummary;
import org.latitude.judge.JudgmentBatch;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.ModelJudgments;
import org.latitude.judge.ModelRater;
import org.latitude.judge.RaterCoverage;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/**
 * Per model rater and kind: how many of the campaign's items it judged, with the rater's whole provenance (provider,
 * run date, prompt template and version, decoding, ensemble members and tie policy); and the stored batches. Deleting
 * a batch or all of a rater's judgments asks first. Every text is set as text.
 */
class CoveragePanel extends VerticalLayout {

    private final ModelJudgments judgments;
    private final JudgmentImports imports;
    private final Runnable onChange;
    private final Grid<RaterCoverage> coverage = new Grid<>(RaterCoverage.class, false);
    private final Grid<JudgmentBatch> batches = new Grid<>(JudgmentBatch.class, false);
    private CampaignSummary campaign;

    CoveragePanel(ModelJudgments judgments, JudgmentImports imports, Runnable onChange) {
        this.judgments = judgments;
        this.imports = imports;
        this.onChange = onChange;
        setPadding(false);
        coverage.setId("judgment-coverage");
        coverage.addColumn(c -> c.rater().name()).setHeader("Model").setAutoWidth(true);
        coverage.addColumn(c -> c.rater().modelVersion()).setHeader("Version").setAutoWidth(true);
        coverage.addColumn(c -> c.rater().provider()).setHeader("Provider").setAutoWidth(true);
        coverage.addColumn(c -> c.rater().promptTemplate() + " v" + c.rater().promptTemplateVersion())
                .setHeader("Prompt template").setAutoWidth(true);
        coverage.addColumn(c -> c.rater().runDate() == null ? "" : c.rater().runDate().toString()).setHeader("Run date")
                .setAutoWidth(true);
        coverage.addColumn(c -> c.rater().decoding()).setHeader("Decoding").setAutoWidth(true);
        coverage.addColumn(c -> ensemble(c.rater())).setHeader("Ensemble").setAutoWidth(true);
        coverage.addColumn(c -> c.kind().name().toLowerCase(Locale.ROOT)).setHeader("Kind").setAutoWidth(true);
        coverage.addColumn(c -> c.itemsJudged() + " of " + c.campaignItems()
                + String.format(Locale.ROOT, " (%.0f %%)", 100 * c.share())).setHeader("Items judged")
                .setAutoWidth(true);
        coverage.addColumn(RaterCoverage::judgments).setHeader("Judgments").setAutoWidth(true);
        coverage.addColumn(RaterCoverage::unparseableAnswers).setHeader("Unparseable answers").setAutoWidth(true);
        coverage.addComponentColumn(c -> {
            Button delete = new Button("Delete rater's judgments", VaadinIcon.TRASH.create(),
                    e -> confirmRater(c.rater()));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return delete;
        }).setAutoWidth(true);
        coverage.setAllRowsVisible(true);
        batches.setId("judgment-batches");
        batches.addColumn(b -> b.rater().label()).setHeader("Model rater").setFlexGrow(1);
        batches.addColumn(JudgmentBatch::source).setHeader("Source").setAutoWidth(true);
        batches.addColumn(JudgmentBatch::fileName).setHeader("File").setAutoWidth(true);
        batches.addColumn(JudgmentBatch::judgments).setHeader("Judgments").setAutoWidth(true);
        batches.addColumn(b -> b.createdAt().atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0) + " UTC by "
                + b.createdBy()).setHeader("Stored").setAutoWidth(true);
        batches.addComponentColumn(b -> {
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmBatch(b));
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

    private static String ensemble(ModelRater r) {
        return r.ensembleIfAny().map(e -> String.join(", ", e.members()) + " (tie: " + e.tiePolicy().name()
                .toLowerCase(Locale.ROOT) + ", at least " + e.minValidVotes() + " valid)").orElse("");
    }

    private void confirmBatch(JudgmentBatch b) {
        confirm("confirm-delete-batch", "Delete " + b.judgments() + " judgments of " + b.rater().label() + "?",
                "The batch from " + (b.fileName() == null ? b.source() : b.fileName()) + " is deleted with its "
                        + "judgments (and its live job, if any). The analysis of this campaign will no longer see "
                        + "them. This cannot be undone.", () -> {
                    imports.deleteBatch(b.id());
                    Feedback.success("Deleted " + b.judgments() + " judgments of " + b.rater().label() + ".");
                });
    }

    private void confirmRater(ModelRater r) {
        CampaignSummary c = campaign;
        long count = imports.batches(c.id()).stream().filter(b -> b.rater().id().equals(r.id()))
                .mapToLong(JudgmentBatch::judgments).sum();
        confirm("confirm-delete-rater", "Delete every judgment of " + r.label() + " in " + c.name() + "?",
                count + " judgments in this campaign (every batch of this rater, imported or live) are deleted. The "
                        + "rater itself is removed once no other campaign has its judgments. This cannot be undone.",
                () -> {
                    long n = imports.deleteRaterJudgments(c.id(), r.id());
                    Feedback.success("Deleted " + n + " judgments of " + r.label() + ".");
                });
    }

    private void confirm(String id, String header, String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                action.run();
            } catch (ValidationException ex) {
                Feedback.error(ex);
            }
            setCampaign(campaign);
            onChange.run();
        });
        dialog.open();
    }
}
