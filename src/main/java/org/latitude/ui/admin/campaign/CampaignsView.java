package org.latitude.ui.admin.campaign;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.latitude.assignment.AssignmentService;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.ui.admin.analysis.AnalysisView;
import org.latitude.shared.CampaignId;

/** All campaigns with their status and progress; a new campaign starts as a draft in the editor. */
@Route("admin/campaigns")
@PageTitle("Campaigns · Latitude")
@RolesAllowed("ADMIN")
public class CampaignsView extends VerticalLayout {

    public CampaignsView(CampaignService campaigns, AssignmentService assignments) {
        setId("campaigns-view");
        setSizeFull();
        Button create = new Button("New campaign", e -> new NewCampaignDialog(campaigns, id -> open(id)).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-campaign");
        add(new HorizontalLayout(new H2("Campaigns"), create));
        Grid<CampaignSummary> grid = new Grid<>(CampaignSummary.class, false);
        grid.setId("campaigns");
        grid.addComponentColumn(CampaignEditorView::link).setHeader("Name").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(c -> c.taskType() == org.latitude.campaign.TaskType.SAFETY_LABEL ? "safety labels"
                : "pairwise preference").setHeader("Task").setAutoWidth(true);
        grid.addComponentColumn(CampaignsView::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(CampaignSummary::overlap).setHeader("k").setAutoWidth(true);
        grid.addColumn(CampaignSummary::memberCount).setHeader("Members").setAutoWidth(true);
        grid.addColumn(c -> c.status() == CampaignStatus.DRAFT ? "—"
                : Math.round(100 * assignments.completion(c.id())) + " %")
                .setHeader("Done").setAutoWidth(true);
        grid.addComponentColumn(c -> c.status() == CampaignStatus.DRAFT ? new Span("—")
                : inGrid(AnalysisView.link(c.id()))).setHeader("Agreement").setAutoWidth(true);
        grid.addComponentColumn(c -> c.status() == CampaignStatus.DRAFT ? new Span("—")
                : inGrid(org.latitude.ui.admin.export.ExportsView.link(c.id(), "Downloads"))).setHeader("Exports")
                .setAutoWidth(true);
        grid.setItems(campaigns.list());
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();
        add(grid);
    }

    static Span status(CampaignSummary c) {
        Span badge = new Span(c.status().name().toLowerCase());
        badge.getElement().getThemeList().add(switch (c.status()) {
            case ACTIVE -> "badge success";
            case PAUSED -> "badge contrast";
            case CLOSED -> "badge";
            case DRAFT -> "badge";
        });
        return badge;
    }

    private void open(CampaignId id) {
        getUI().ifPresent(ui -> ui.navigate(CampaignEditorView.class,
                new RouteParameters("campaignId", String.valueOf(id))));
    }

    /** A link in a row follows itself only: without this the click also reaches the row and opens the editor. */
    private static RouterLink inGrid(RouterLink link) {
        link.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        return link;
    }
}
