package org.latitude.ui.admin.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.export.CampaignExports;
import org.latitude.export.ExportFile;
import org.latitude.export.ExportFormat;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;

/**
 * A campaign's downloads: one link per export of its task, each streamed from the export service as the browser reads
 * it (nothing built in memory first) and written to the audit log by that service. Admins only, at the view and at
 * the service.
 */
@Route("admin/exports/:campaignId")
@PageTitle("Downloads · Latitude")
@RolesAllowed("ADMIN")
public class ExportsView extends VerticalLayout implements BeforeEnterObserver {

    private final transient CampaignService campaigns;
    private final transient CampaignExports exports;

    public ExportsView(CampaignService campaigns, CampaignExports exports) {
        this.campaigns = campaigns;
        this.exports = exports;
        setId("exports-view");
    }

    /** A link to this page for a campaign. */
    public static RouterLink link(CampaignId campaign, String text) {
        RouterLink link = new RouterLink(text, ExportsView.class,
                new RouteParameters("campaignId", String.valueOf(campaign.value())));
        link.setId("open-exports-" + campaign.value());
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            CampaignId id = new CampaignId(Long.parseLong(event.getRouteParameters().get("campaignId").orElse("")));
            render(campaigns.details(id));
        } catch (NumberFormatException | ValidationException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(CampaignDetails campaign) {
        removeAll();
        add(new H2("Downloads: " + campaign.summary().name()));
        if (campaign.summary().status() == CampaignStatus.DRAFT) {
            add(new Paragraph("This campaign has not started: there is nothing to download yet."));
            return;
        }
        add(new Paragraph("Each file is written as it downloads, from the annotations stored now"
                + (campaign.summary().status() == CampaignStatus.CLOSED ? "." : " (the campaign is still open: "
                + "later annotations are not in it).")
                + " Every download is recorded in the audit log. Item text is exported verbatim as data; CSV cells "
                + "that a spreadsheet would read as a formula start with an apostrophe. Formats: docs/formats.md, "
                + "\"Exports\", and File formats in the help."));
        for (ExportFile file : exports.files(campaign.id())) {
            Anchor download = new Anchor(handler(campaign.id(), file), AttachmentType.DOWNLOAD, file.format().title());
            download.setId("download-" + file.format().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            Span name = new Span(file.fileName());
            name.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Div row = new Div(download, new Span(" · "), name, new Paragraph(describe(file.format())));
            row.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            add(row);
        }
    }

    private DownloadHandler handler(CampaignId campaign, ExportFile file) {
        return (DownloadEvent event) -> {
            event.setFileName(file.fileName());
            event.setContentType(file.mediaType());
            try (OutputStream out = event.getOutputStream()) {
                exports.write(campaign, file.format(), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static String describe(ExportFormat format) {
        return switch (format) {
            case AEGIS_CONSENSUS_JSONL -> "One line per item in the Aegis 2.0 schema: prompt, response, the majority "
                    + "prompt and response labels, violated categories by how many annotators named them.";
            case SAFETY_LONG_CSV, PREFERENCE_LONG_CSV -> "One row per item and rater (annotators, then model "
                    + "raters), for recomputing any figure in R, Python or a spreadsheet.";
            case SAFETY_LONG_JSONL, PREFERENCE_LONG_JSONL -> "The same long form as JSON Lines.";
            case SAFETY_HUGGING_FACE, PREFERENCE_HUGGING_FACE -> "A dataset folder ready for the Hugging Face Hub: "
                    + "train and test JSONL split by a seeded hash of the item id, and a dataset card.";
            case PREFERENCE_CONSENSUS_JSONL -> "One line per pair: the texts, the votes, the consensus preference and "
                    + "chosen / rejected.";
        };
    }
}
