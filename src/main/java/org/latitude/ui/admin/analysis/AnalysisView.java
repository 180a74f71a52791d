package org.latitude.ui.admin.analysis;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.latitude.analysis.AnalysisJobs;
import org.latitude.analysis.AnalysisOverview;
import org.latitude.analysis.AnalysisProgress;
import org.latitude.analysis.CampaignAnalysis;
import org.latitude.analysis.StoredAnalysis;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignService;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/**
 * The analysis of one campaign: start or cancel the background job with live progress, then the stored result —
 * summary first (headline α with CIs, coverage, warnings), then one row per annotator, the models, and the κ of
 * every rater pair per field with a drill-down to the items two raters disagree on. Every string from the data is
 * rendered as text.
 */
@Route("admin/analysis/:campaignId")
@PageTitle("Analysis · Latitude")
@RolesAllowed("ADMIN")
public class AnalysisView extends VerticalLayout implements BeforeEnterObserver {

    private static final int POLL_MS = 1000;

    private final transient CampaignService campaigns;
    private final transient CampaignAnalysis analysis;
    private final transient AnalysisJobs jobs;
    private final Div job = new Div();
    private final Div result = new Div();
    private final ProgressBar bar = new ProgressBar();
    private final Span jobText = new Span();
    private final Button start = new Button("Run analysis", e -> start());
    private final Button cancel = new Button("Cancel", e -> cancel());
    private CampaignId campaignId;
    private boolean wasRunning;
    private com.vaadin.flow.shared.Registration polling;

    public AnalysisView(CampaignService campaigns, CampaignAnalysis analysis, AnalysisJobs jobs) {
        this.campaigns = campaigns;
        this.analysis = analysis;
        this.jobs = jobs;
        setId("analysis-view");
        start.setId("analysis-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId("analysis-cancel");
        jobText.setId("analysis-job-text");
        bar.setWidth("20em");
        result.setId("analysis-result");
        result.setWidthFull();
    }

    /** A link to the analysis of the campaign, for the campaign list and editor. */
    public static RouterLink link(CampaignId id) {
        RouterLink link = new RouterLink("Analysis", AnalysisView.class,
                new RouteParameters("campaignId", String.valueOf(id.value())));
        link.setId("analysis-link-" + id.value());
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CampaignDetails details;
        try {
            campaignId = new CampaignId(Long.parseLong(event.getRouteParameters().get("campaignId").orElse("")));
            details = campaigns.details(campaignId);
        } catch (NumberFormatException | ValidationException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        // by path: the campaign editor links here, and packages of the UI do not depend on each other in a cycle
        Anchor back = new Anchor("admin/campaigns/" + campaignId.value(), "Campaign settings");
        back.getElement().setAttribute("router-link", true);
        back.setId("analysis-campaign-link");
        add(new H2(new Span("Analysis: "), new Span(details.summary().name())), back,
                new HorizontalLayout(start, cancel, bar, jobText), job, result);
        refreshJob();
        showResult();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        polling = event.getUI().addPollListener(e -> refreshJob());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void start() {
        try {
            jobs.start(campaignId);
            wasRunning = true;
            refreshJob();
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }

    private void cancel() {
        try {
            jobs.cancel(campaignId);
            refreshJob();
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }

    private void refreshJob() {
        if (campaignId == null) {
            return;
        }
        Optional<AnalysisProgress> p = jobs.progress(campaignId);
        boolean running = p.map(AnalysisProgress::running).orElse(false);
        start.setEnabled(!running);
        cancel.setVisible(running);
        bar.setVisible(running);
        p.ifPresentOrElse(x -> {
            bar.setValue(x.fraction());
            jobText.setText(switch (x.phase()) {
                case QUEUED -> "Waiting for another analysis to finish…";
                case READING -> "Reading annotations and model judgments…";
                case ENGINES -> "Computing " + x.step() + " (" + (x.stepsDone() + 1) + " of " + x.stepsTotal() + ")…";
                case WRITING -> "Writing the report…";
                case DONE -> "Last run finished.";
                case CANCELLED -> "Last run cancelled; nothing was stored.";
                case FAILED -> "Last run failed: " + x.failure();
            });
        }, () -> jobText.setText(""));
        if (wasRunning && !running) {
            showResult();
        }
        wasRunning = running;
    }

    private void showResult() {
        result.removeAll();
        Optional<StoredAnalysis> stored = analysis.latest(campaignId);
        if (stored.isEmpty()) {
            result.add(new Paragraph("No analysis of this campaign yet. Run one: it reads every annotation and model "
                    + "judgment so far and stores the figures with their provenance."));
            return;
        }
        StoredAnalysis s = stored.get();
        AnalysisOverview o = AnalysisOverview.of(s);
        Anchor download = new Anchor(zip(s), AttachmentType.DOWNLOAD, "Download report (ZIP)");
        download.setId("analysis-download");
        result.add(new Paragraph(download, new Span(" — report.html, report.json, measures.csv and the tables "
                + "behind every figure, exactly as stored; the download is recorded in the audit log.")));
        result.add(AnalysisSections.summary(o, s));
        result.add(AnalysisSections.annotators(o));
        result.add(AnalysisSections.models(o));
        result.add(new H3("Agreement between raters"));
        for (AnalysisOverview.KappaMatrix m : o.matrices()) {
            result.add(new KappaTable(m, (a, b) -> new DisagreementDialog(analysis, campaignId, m.field(), a, b)
                    .open()));
        }
        result.add(AnalysisSections.charts(analysis.figures(campaignId)));
        result.add(AnalysisSections.provenance(s));
    }

    private DownloadHandler zip(StoredAnalysis s) {
        return (DownloadEvent event) -> {
            event.setFileName(CampaignAnalysis.zipName(s));
            event.setContentType("application/zip");
            byte[] bytes = analysis.downloadReport(campaignId).orElseThrow();
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    static String number(double v) {
        return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.3f", v);
    }
}
