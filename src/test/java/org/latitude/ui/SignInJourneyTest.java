package org.latitude.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latitude.shared.CampaignId;
import org.latitude.campaign.TaskType;
import org.latitude.security.UserAccountService;
import org.latitude.testsupport.AdminRoutes;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Real-browser journeys through sign-in, user administration, role-aware navigation and sign-out. */
class SignInJourneyTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    AnnotationFixtures fixtures;

    @Test
    void adminCreatesAnAnnotatorWhoThenSeesNoAdministrationAndIsDeniedEveryAdminRoute() {
        signIn(LatitudeSpringTest.ADMIN, LatitudeSpringTest.ADMIN_PASSWORD);
        assertThat(page.locator("#admin-nav")).isVisible();
        page.navigate(url("/admin/users"));
        page.locator("#new-user").click();
        String name = TestUsers.uniqueName("journey");
        page.locator("#new-username input").fill(name);
        page.locator("#new-display-name input").fill("Journey Annotator");
        page.locator("#new-password input").fill("journey-password-1");
        page.locator("#create-user").click();
        // the grid renders only the rows in view, and the shared test database holds many users by now
        assertThat(page.getByText("Created " + name + ".")).isVisible();
        assertThat(page.locator("#new-user-dialog")).hasCount(0);
        page.locator("#sign-out").click();
        page.waitForURL(u -> u.contains("/login"));

        signIn(name, "journey-password-1");
        assertThat(page.locator("#home-view")).isVisible();
        assertThat(page.locator("#admin-nav")).hasCount(0);
        assertThat(page.locator("vaadin-side-nav-item")).not().containsText(new String[] {"Users"});
        List<String> adminRoutes = AdminRoutes.all();
        org.assertj.core.api.Assertions.assertThat(adminRoutes).contains("/admin/users", "/admin/taxonomies", "/admin/audit");
        for (String route : adminRoutes) {
            Response response = page.navigate(url(route));
            org.assertj.core.api.Assertions.assertThat(response.status()).as("annotator on %s", route).isEqualTo(403);
            assertThat(page.locator("[id$=-view]:not(#home-view)")).hasCount(0);
            assertThat(page.locator("vaadin-app-layout #access-denied")).containsText("You do not have access");
        }
        page.locator("#error-home").click();
        assertThat(page.locator("#home-view")).isVisible();
    }

    @Test
    void aCampaignOfOthersAMissingOneAndAnUnknownAddressAnswer404WithTheSamePageInsideTheLayout() {
        var user = TestUsers.create(accounts, "outsider", org.latitude.security.Role.ANNOTATOR);
        CampaignId othersCampaign = fixtures.campaign(TaskType.SAFETY_LABEL, 1, List.of());
        signIn(user.username(), TestUsers.PASSWORD);
        String others = null;
        for (String path : List.of("/annotate/" + othersCampaign, "/annotate/" + (othersCampaign.value() + 100_000),
                "/no/such/page", "/annotate/not-a-number")) {
            Response response = page.navigate(url(path));
            org.assertj.core.api.Assertions.assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(page.locator("vaadin-app-layout #not-found")).containsText("Page not found");
            assertThat(page.locator("#error-home")).isVisible();
            String text = page.locator("#not-found").innerText();
            if (others == null) {
                others = text;
            }
            org.assertj.core.api.Assertions.assertThat(text).as("%s reads like a campaign of others", path)
                    .isEqualTo(others);
        }
    }

    @Test
    void aWrongPasswordShowsAnErrorAndDoesNotSignIn() {
        var user = TestUsers.create(accounts, "typo", org.latitude.security.Role.ANNOTATOR);
        attempt(user.username(), "not-the-password");
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
        page.navigate(url("/"));
        page.waitForURL(u -> u.contains("/login"));
    }

    @Test
    void repeatedWrongPasswordsFromOneBrowserMakeItWaitEvenForTheRightPasswordWithAClearMessage() {
        var user = TestUsers.create(accounts, "guessed", org.latitude.security.Role.ANNOTATOR);
        // five failures are free; the sixth makes this address wait (30 s in the test profile) before trying again
        for (int i = 0; i < 6; i++) {
            attempt(user.username(), "wrong-password-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
        }
        attempt(user.username(), TestUsers.PASSWORD);
        assertThat(page.locator("vaadin-login-form")).containsText("Too many failed sign-in attempts");
        assertThat(page.locator("vaadin-login-form")).containsText("Try again in");
        assertThat(page.locator("vaadin-login-form")).containsText("seconds");
    }

    private void attempt(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> u.contains("error"));
    }

    @Test
    void signingOutEndsTheSessionSoItsCookieNoLongerAuthenticates() {
        var user = TestUsers.create(accounts, "leaver", org.latitude.security.Role.ANNOTATOR);
        signIn(user.username(), TestUsers.PASSWORD);
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow();
        page.locator("#sign-out").click();
        page.waitForURL(u -> u.contains("/login"));

        // a second browser that replays the old session cookie is sent to the login page
        var replay = page.context().browser().newContext();
        replay.addCookies(List.of(new Cookie(session.name, session.value).setDomain("localhost").setPath("/")));
        var other = replay.newPage();
        other.navigate(url("/"));
        other.waitForURL(u -> u.contains("/login"));
        assertThat(other.locator("input[name=username]")).isVisible();
        replay.close();
    }
}
