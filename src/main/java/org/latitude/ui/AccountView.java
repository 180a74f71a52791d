package org.latitude.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.latitude.assignment.AssignmentService;
import org.latitude.campaign.CampaignService;
import org.latitude.security.AccessTokens;
import org.latitude.security.PasswordPolicy;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.TaxonomyService;

/**
 * Change one's own password (required after an admin reset it), one's content opt-outs per campaign, and one's
 * personal access tokens for the REST API.
 */
@Route("account")
@PageTitle("Your account · Latitude")
@PermitAll
public class AccountView extends VerticalLayout {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat new password");

    public AccountView(UserAccountService accounts, PasswordPolicy passwords, CampaignService campaigns,
                       AssignmentService assignments, TaxonomyService taxonomies, AccessTokens tokens, Clock clock) {
        setId("account-view");
        add(new H2("Change your password"));
        UserSummary me = accounts.me();
        if (me.mustChangePassword()) {
            Paragraph notice = new Paragraph("Your password was set by an administrator. Choose your own before you "
                    + "continue.");
            notice.addClassName("notice");
            add(notice);
        }
        PasswordCheck.attach(next, passwords, () -> new PasswordPolicy.Context(me.username(), me.displayName()));
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        Button save = new Button("Change password", e -> change(accounts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28em");
        add(form, save);
        if (!me.mustChangePassword()) {
            add(new OptOutSection(campaigns.myCampaigns(), assignments, taxonomies));
            add(new AccessTokensPanel(tokens, clock));
        }
    }

    private void change(UserAccountService accounts) {
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage("The two new passwords differ.");
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            repeat.clear();
            repeat.setInvalid(false);
            Feedback.success("Your password was changed.");
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }
}
