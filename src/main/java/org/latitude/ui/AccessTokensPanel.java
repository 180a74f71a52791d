package org.latitude.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.stream.Collectors;
import org.latitude.security.AccessTokenRequest;
import org.latitude.security.AccessTokenSummary;
import org.latitude.security.AccessTokens;
import org.latitude.security.ApiScope;
import org.latitude.security.NewAccessToken;
import org.latitude.shared.ValidationException;

/**
 * The account page's personal access tokens for the REST API: create one (shown once, here, to copy), see one's
 * tokens with their scopes, expiry and last use, revoke one.
 */
class AccessTokensPanel extends VerticalLayout {

    private final AccessTokens tokens;
    private final Clock clock;
    private final Grid<AccessTokenSummary> grid = new Grid<>();
    private final TextField name = new TextField("Token name");
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>("Scopes");
    private final IntegerField days = new IntegerField("Expires after (days)");
    private final TextField created = new TextField("Your new token (shown only now: copy it)");
    private final FieldErrors errors = new FieldErrors();

    AccessTokensPanel(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        setId("access-tokens");
        setPadding(false);
        add(new H3("Personal access tokens"), new Paragraph("Tokens let scripts use the REST API (/api/v1) as you. "
                + "A token can never do more than your roles allow; it stops working when it expires, when you revoke "
                + "it, or when your account is disabled."));
        name.setId("token-name");
        name.setMaxLength(100);
        scopes.setId("token-scopes");
        scopes.setItems(tokens.grantableScopes());
        scopes.setItemLabelGenerator(s -> s.value() + " — " + s.description());
        days.setId("token-days");
        days.setMin(1);
        days.setMax(tokens.maxLifetimeDays());
        days.setValue(tokens.defaultLifetimeDays());
        days.setHelperText("At most " + tokens.maxLifetimeDays() + " days.");
        errors.bind("name", name).bind("scopes", scopes).bind("lifetimeDays", days);
        created.setId("token-created");
        created.setReadOnly(true);
        created.setWidthFull();
        created.setVisible(false);
        Button create = new Button("Create token", e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, days, scopes);
        form.setMaxWidth("40em");
        add(form, errors.summary(), create, created, grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.setId("token-grid");
        grid.addColumn(AccessTokenSummary::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(t -> t.prefix() + "…").setHeader("Token").setAutoWidth(true);
        grid.addColumn(t -> t.scopes().stream().map(ApiScope::value).sorted().collect(Collectors.joining(", ")))
                .setHeader("Scopes").setFlexGrow(1);
        grid.addColumn(t -> ClientTime.exact(t.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : ClientTime.exact(t.lastUsedAt()))
                .setHeader("Last used").setAutoWidth(true);
        grid.addColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", e -> revoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(t.revokedAt() == null);
            revoke.getElement().setAttribute("aria-label", "Revoke token " + t.name());
            return revoke;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private String status(AccessTokenSummary token) {
        if (token.revokedAt() != null) {
            return "revoked";
        }
        return token.activeAt(clock.instant()) ? "active" : "expired";
    }

    private void create() {
        try {
            NewAccessToken token = tokens.create(new AccessTokenRequest(name.getValue(), scopes.getValue(),
                    days.getValue()));
            errors.clear();
            created.setValue(token.token());
            created.setVisible(true);
            name.clear();
            scopes.clear();
            Feedback.success("Token created. Copy it now: it is not shown again.");
            refresh();
        } catch (ValidationException e) {
            errors.show(e);
        }
    }

    private void revoke(AccessTokenSummary token) {
        try {
            tokens.revoke(token.id());
            Feedback.success("Token " + token.name() + " revoked.");
            refresh();
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
