package org.latitude.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.latitude.security.PasswordPolicy;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/** Users: create, enable/disable, roles, password reset. */
@Route("admin/users")
@PageTitle("Users · Latitude")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final transient UserAccountService accounts;
    private final transient PasswordPolicy passwords;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);

    public UsersView(UserAccountService accounts, PasswordPolicy passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
        setId("users-view");
        setSizeFull();
        Button create = new Button("New user", e -> new NewUserDialog(accounts, passwords, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        add(new HorizontalLayout(new H2("Users"), create));
        grid.addColumn(UserSummary::username).setHeader("Username").setSortable(true).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> WHEN.format(u.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private Span status(UserSummary user) {
        Span status = new Span(!user.enabled() ? "disabled" : user.mustChangePassword() ? "must change password"
                : "active");
        status.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge contrast");
        return status;
    }

    private HorizontalLayout actions(UserSummary user) {
        Button roles = new Button("Roles", e -> new RolesDialog(accounts, user, this::refresh).open());
        Button reset = new Button("Reset password", e -> new ResetPasswordDialog(accounts, passwords, user, this::refresh).open());
        Button toggle = new Button(user.enabled() ? "Disable" : "Enable", e -> toggle(user));
        for (Button b : new Button[] {roles, reset, toggle}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(roles, reset, toggle);
    }

    private void toggle(UserSummary user) {
        try {
            accounts.setEnabled(user.id(), !user.enabled());
            Feedback.success((user.enabled() ? "Disabled " : "Enabled ") + user.username() + ".");
            refresh();
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }

    private void refresh() {
        grid.setItems(accounts.listUsers());
    }
}
