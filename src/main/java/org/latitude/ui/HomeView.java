package org.latitude.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.latitude.assignment.AssignmentService;
import org.latitude.assignment.MyProgress;
import org.latitude.campaign.AnnotatorCampaign;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.security.CurrentUser;
import org.latitude.security.UserAccountService;

/** Home: an admin's dashboard; everyone's own campaigns with their progress and a way in. */
@Route("")
@PageTitle("Home · Latitude")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser, UserAccountService accounts, CampaignService campaigns,
                    AssignmentService assignments, AdminDashboard dashboard) {
        setId("home-view");
        add(new H2("Welcome, " + accounts.me().displayName()));
        if (currentUser.isAdmin()) {
            add(dashboard.build());
        }
        add(new H2("Your campaigns"));
        List<AnnotatorCampaign> mine = campaigns.myCampaigns();
        if (mine.isEmpty()) {
            add(new Paragraph("You are not a member of any active campaign yet. An admin adds you to a campaign; it "
                    + "will then appear here with your progress."));
        }
        Div cards = new Div();
        cards.addClassName("campaign-cards");
        for (AnnotatorCampaign campaign : mine) {
            cards.add(card(campaign, assignments.myProgress(campaign.id())));
        }
        add(cards);
    }

    private Div card(AnnotatorCampaign campaign, MyProgress progress) {
        Div card = new Div();
        card.addClassName("campaign-card");
        card.setId("my-campaign-" + campaign.id());
        card.add(new H3(campaign.name()));
        if (campaign.description() != null && !campaign.description().isBlank()) {
            card.add(new Paragraph(campaign.description()));
        }
        long total = progress.doneTotal() + progress.remaining();
        ProgressBar bar = new ProgressBar(0, Math.max(1, total), progress.doneTotal());
        card.add(bar, new Span(progress.doneToday() + " today · " + progress.doneTotal() + " done · "
                + progress.remaining() + " open"));
        if (campaign.status() == CampaignStatus.PAUSED) {
            card.add(new Paragraph("Paused by the organisers for now."));
        } else if (progress.remaining() == 0) {
            Paragraph done = new Paragraph("Finished: you have done every item this campaign has for you. Thank you.");
            done.addClassName("campaign-finished");
            card.add(done);
        } else {
            Button go = new Button(progress.doneTotal() == 0 ? "Start annotating" : "Continue",
                    e -> getUI().ifPresent(ui -> ui.navigate("annotate/" + campaign.id())));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setId("annotate-" + campaign.id());
            card.add(go);
        }
        return card;
    }
}
