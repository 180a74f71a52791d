package org.latitude.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.security.AccessTokenSummary;
import org.latitude.security.AccessTokens;
import org.latitude.security.ApiScope;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The account page creates a token shown once, offers only the scopes the user's roles allow, and revokes. */
@LatitudeSpringTest
class AccessTokensPanelTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccessTokens tokens;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnnotatorCreatesATokenSeesItOnceAndRevokesIt() {
        UserSummary ann = TestUsers.create(accounts, "panel", Role.ANNOTATOR);
        TestUsers.signIn(users, ann.username());
        navigate(AccountView.class);
        CheckboxGroup<ApiScope> scopes = $(CheckboxGroup.class).id("token-scopes");
        assertThat(scopes.getListDataView().getItems()).containsExactlyInAnyOrder(ApiScope.CAMPAIGNS_READ,
                ApiScope.ANNOTATIONS_READ, ApiScope.REPORTS_READ);
        test($(TextField.class).id("token-name")).setValue("notebook");
        scopes.setValue(Set.of(ApiScope.CAMPAIGNS_READ));
        test($(Button.class).id("create-token")).click();
        TextField created = $(TextField.class).id("token-created");
        assertThat(created.isVisible()).isTrue();
        assertThat(created.getValue()).startsWith("lat_");
        Grid<AccessTokenSummary> grid = $(Grid.class).id("token-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(created.getValue().substring(0, 12) + "…");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("active");

        navigate(AccountView.class);
        assertThat($(TextField.class).withId("token-created").exists()).as("the secret is shown only once").isFalse();
        grid = $(Grid.class).id("token-grid");
        test((Button) test(grid).getCellComponent(0, 6)).click();
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("revoked");
        assertThat(tokens.mine().getFirst().revokedAt()).isNotNull();
    }

    @Test
    void anEmptyRequestShowsItsProblemsOnTheFields() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        navigate(AccountView.class);
        test($(Button.class).id("create-token")).click();
        assertThat($(TextField.class).id("token-name").isInvalid()).isTrue();
        assertThat($(CheckboxGroup.class).id("token-scopes").isInvalid()).isTrue();
    }
}
