package org.latitude.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import org.latitude.assignment.AssignmentService;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.dataset.DatasetService;
import org.latitude.security.UserAccountService;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.ui.admin.campaign.CampaignEditorView;

/** The admin's part of the home page: counts and the progress of running campaigns. */
@SpringComponent
@UIScope
public class AdminDashboard {

    private final UserAccountService accounts;
    private final TaxonomyService taxonomies;
    private final DatasetService datasets;
    private final CampaignService campaigns;
    private final AssignmentService assignments;

    AdminDashboard(UserAccountService accounts, TaxonomyService taxonomies, DatasetService datasets,
                   CampaignService campaigns, AssignmentService assignments) {
        this.accounts = accounts;
        this.taxonomies = taxonomies;
        this.datasets = datasets;
        this.campaigns = campaigns;
        this.assignments = assignments;
    }

    Component build() {
        List<CampaignSummary> all = campaigns.list();
        List<CampaignSummary> running = all.stream().filter(c -> c.status() == CampaignStatus.ACTIVE
                || c.status() == CampaignStatus.PAUSED).toList();
        Div tiles = new Div(tile("Users", accounts.listUsers().size()), tile("Datasets", datasets.datasets().size()),
                tile("Taxonomy versions", taxonomies.versions().size()), tile("Campaigns", all.size()),
                tile("Running", running.size()));
        tiles.addClassName("tiles");
        Grid<CampaignSummary> grid = new Grid<>(CampaignSummary.class, false);
        grid.setId("running-campaigns");
        grid.addComponentColumn(CampaignEditorView::link).setHeader("Running campaign").setFlexGrow(1);
        grid.addColumn(c -> c.status().name().toLowerCase()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(c -> Math.round(100 * assignments.completion(c.id())) + " %").setHeader("Done")
                .setAutoWidth(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(CampaignEditorView.class,
                new RouteParameters("campaignId", String.valueOf(e.getItem().id())))));
        grid.setItems(running);
        grid.setAllRowsVisible(true);
        grid.setVisible(!running.isEmpty());
        VerticalLayout box = new VerticalLayout(tiles, grid);
        box.setPadding(false);
        return box;
    }

    private static Div tile(String label, int count) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("tile-number");
        Div tile = new Div(number, new Span(label));
        tile.addClassName("tile");
        return tile;
    }
}
