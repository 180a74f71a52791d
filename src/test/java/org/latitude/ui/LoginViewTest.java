package org.latitude.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.latitude.demo.DemoAccount;
import org.latitude.demo.DemoMode;

/** The login page says when it is a demo and lists the demo logins — and says nothing of the kind otherwise. */
class LoginViewTest {

    @Test
    void inDemoModeTheLoginPageShowsABannerWithEveryDemoLogin() {
        LoginView view = new LoginView(new DemoMode(true), new AuthenticationContext());
        String text = textOf(view);
        assertThat(view.getElement().toString()).contains("demo-banner");
        assertThat(text).contains("Demo mode");
        for (DemoAccount account : DemoAccount.ALL) {
            assertThat(text).contains(account.username() + " / " + account.password());
        }
    }

    @Test
    void outsideDemoModeThereIsNoBannerAndNoPassword() {
        LoginView view = new LoginView(new DemoMode(false), new AuthenticationContext());
        assertThat(view.getElement().toString()).doesNotContain("demo-banner");
        assertThat(textOf(view)).doesNotContain("demo-pass-admin");
    }

    private static String textOf(Component root) {
        return flatten(root).filter(c -> c instanceof HasText).map(c -> ((HasText) c).getText())
                .collect(Collectors.joining("\n"));
    }

    private static Stream<Component> flatten(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(LoginViewTest::flatten));
    }
}
