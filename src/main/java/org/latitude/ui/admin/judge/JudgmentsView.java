package org.latitude.ui.admin.judge;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSummary;
import org.latitude.judge.JudgeJobs;
import org.latitude.judge.JudgmentImportJobs;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.ModelJudgments;

/**
 * Model judgments of a campaign: import files, configure endpoints, start / watch / cancel / resume live jobs, and
 * each model rater's coverage of the campaign's items. Admins only; every text is shown as text.
 */
@Route("admin/judgments")
@PageTitle("Model judgments · Latitude")
@RolesAllowed("ADMIN")
public class JudgmentsView extends VerticalLayout {

    private final ComboBox<CampaignSummary> campaign = new ComboBox<>("Campaign");
    private final JudgmentUploadPanel upload;
    private final JobPanel jobs;
    private final CoveragePanel coverage;

    public JudgmentsView(CampaignService campaigns, JudgmentImports imports, JudgmentImportJobs importJobs,
                         ModelJudgments judgments, JudgeJobs live) {
        setId("judgments-view");
        campaign.setId("judgment-campaign");
        campaign.setWidth("32rem");
        campaign.setItems(campaigns.list().stream().filter(c -> c.activatedAt() != null).toList());
        campaign.setItemLabelGenerator(c -> c.name() + " (" + (c.taskType().name().startsWith("SAFETY")
                ? "safety labels" : "pairwise") + ")");
        coverage = new CoveragePanel(judgments, imports, () -> jobs().setCampaign(campaign.getValue()));
        upload = new JudgmentUploadPanel(imports, importJobs, this::refresh);
        EndpointPanel endpoints = new EndpointPanel(live);
        jobs = new JobPanel(live, endpoints, this::refresh);
        campaign.addValueChangeListener(e -> select(e.getValue()));
        add(new H2("Model judgments"), new Paragraph("Model raters are kept apart from the human annotators: "
                        + "annotators never see a judgment. Formats: docs/formats.md."), campaign,
                new H3("Coverage"), coverage, new H3("Import a file"), upload, new H3("Endpoints"), endpoints,
                new H3("Live jobs"), jobs);
        select(null);
    }

    private void select(CampaignSummary c) {
        upload.setCampaign(c);
        jobs.setCampaign(c);
        coverage.setCampaign(c);
    }

    private void refresh() {
        coverage.setCampaign(campaign.getValue());
        jobs.setCampaign(campaign.getValue());
    }

    JudgmentUploadPanel upload() {
        return upload;
    }

    JobPanel jobs() {
        return jobs;
    }
}
