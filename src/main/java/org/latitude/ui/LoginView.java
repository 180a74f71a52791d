package org.latitude.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpSession;
import org.latitude.demo.DemoAccount;
import org.latitude.demo.DemoMode;
import org.latitude.security.LoginFailure;
import org.springframework.security.web.WebAttributes;

/** Sign-in. Shows why a sign-in failed (wrong credentials or throttled) and, in demo mode, the demo logins. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Latitude")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final transient AuthenticationContext authentication;

    public LoginView(DemoMode demo, AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        H1 title = new H1("Latitude");
        Paragraph tagline = new Paragraph("Safety annotation, agreement and alignment-discretion analysis");
        Div card = new Div(title, tagline);
        card.addClassName("login-card");
        if (demo.enabled()) {
            card.add(demoBanner());
        }
        card.add(form);
        add(card);
    }

    private static Div demoBanner() {
        Div banner = new Div();
        banner.setId("demo-banner");
        banner.addClassName("demo-banner");
        banner.add(new H2("Demo mode"));
        banner.add(new Paragraph("This is a demo installation with sample data. Never put real data in it. Logins:"));
        for (DemoAccount account : DemoAccount.ALL) {
            banner.add(new Div(new Span(account.username() + " / " + account.password() + " — "
                    + (account.roles().contains(org.latitude.security.Role.ADMIN) ? "admin" : "annotator"))));
        }
        return banner;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(HomeView.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailure()));
            form.setError(true);
        }
    }

    private static LoginFailure lastFailure() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Object exception = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return LoginFailure.describe(exception);
    }

    private static LoginI18n i18n(LoginFailure failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(failure == null ? "Incorrect username or password" : failure.title());
        error.setMessage(failure == null ? "Check your username and password and try again." : failure.message());
        i18n.setErrorMessage(error);
        return i18n;
    }
}
