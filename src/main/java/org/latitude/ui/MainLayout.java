package org.latitude.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.latitude.security.CurrentUser;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.ui.admin.AuditView;
import org.latitude.ui.admin.DatasetsView;
import org.latitude.ui.admin.FormatsHelpView;
import org.latitude.ui.admin.TaxonomiesView;
import org.latitude.ui.admin.UsersView;
import org.latitude.ui.admin.campaign.CampaignsView;
import org.latitude.ui.admin.judge.JudgmentsView;

/**
 * The frame around every signed-in view: role-aware navigation in the drawer (annotators see no admin entries; it
 * starts closed for them), and in the navigation bar the user's name, change password and sign out. A user whose
 * password was reset is sent to change it before anything else.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;
    private final UserSummary me;

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser, UserAccountService accounts) {
        this.authentication = authentication;
        this.me = accounts.me();
        H1 title = new H1("Latitude");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title, userBox());
        setPrimarySection(Section.DRAWER);
        addToDrawer(navigation(currentUser.isAdmin()));
        // annotators need the room for the work; the toggle opens the drawer when they want it
        setDrawerOpened(currentUser.isAdmin());
    }

    private Component navigation(boolean admin) {
        SideNav main = new SideNav();
        main.getElement().setAttribute("aria-label", "Main");
        main.addItem(new SideNavItem("Home", HomeView.class, VaadinIcon.HOME.create()));
        VerticalLayout navs = new VerticalLayout(main);
        navs.setPadding(false);
        if (admin) {
            SideNav adminNav = new SideNav("Administration");
            adminNav.setId("admin-nav");
            adminNav.getElement().setAttribute("aria-label", "Administration");
            adminNav.addItem(new SideNavItem("Users", UsersView.class, VaadinIcon.USERS.create()));
            adminNav.addItem(new SideNavItem("Campaigns", CampaignsView.class, VaadinIcon.TASKS.create()));
            adminNav.addItem(new SideNavItem("Taxonomies", TaxonomiesView.class, VaadinIcon.TAGS.create()));
            adminNav.addItem(new SideNavItem("Datasets", DatasetsView.class, VaadinIcon.DATABASE.create()));
            adminNav.addItem(new SideNavItem("Model judgments", JudgmentsView.class, VaadinIcon.AUTOMATION.create()));
            adminNav.addItem(new SideNavItem("Audit log", AuditView.class, VaadinIcon.CLIPBOARD_TEXT.create()));
            adminNav.addItem(new SideNavItem("File formats", FormatsHelpView.class, VaadinIcon.QUESTION_CIRCLE.create()));
            navs.add(adminNav);
        }
        return navs;
    }

    /** Who is signed in, and the way out, in the navigation bar: always in view, even with the drawer closed. */
    private Div userBox() {
        Span name = new Span(me.displayName() + " (" + me.username() + ")");
        name.addClassName("user-name");
        Button password = new Button("Change password", e -> getUI().ifPresent(ui -> ui.navigate(AccountView.class)));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        signOut.setId("sign-out");
        Div box = new Div(name, password, signOut);
        box.addClassName("user-box");
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (me.mustChangePassword() && event.getNavigationTarget() != AccountView.class) {
            event.forwardTo(AccountView.class);
        }
    }
}
