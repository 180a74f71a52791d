package org.latitude.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.latitude.security.CurrentUser;
import org.latitude.security.UserAccountService;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;

/** Home: an admin's dashboard of what is installed; an annotator's own campaigns. */
@Route("")
@PageTitle("Home · Latitude")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser, UserAccountService accounts, TaxonomyService taxonomies,
                    PrincipleSetService principles) {
        setId("home-view");
        add(new H2("Welcome, " + accounts.me().displayName()));
        if (currentUser.isAdmin()) {
            Div tiles = new Div(
                    tile("Users", accounts.listUsers().size()),
                    tile("Taxonomy versions", taxonomies.versions().size()),
                    tile("Principle sets", principles.sets().size()));
            tiles.addClassName("tiles");
            add(tiles);
        }
        add(new H2("Your campaigns"));
        add(new Paragraph("You are not a member of any active campaign yet. An admin adds you to a campaign; it will "
                + "then appear here with your progress."));
    }

    private static Div tile(String label, int count) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("tile-number");
        Div tile = new Div(number, new Span(label));
        tile.addClassName("tile");
        return tile;
    }
}
