package org.latitude.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.audit.AuditLog;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Revoked authority ends open browser sessions at their next request — a page, an actuator call, a Vaadin heartbeat
 * or a click in a tab that was left open.
 */
class SessionRevocationJourneyTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AnnotationFixtures fixtures;
    @Autowired
    CampaignAnnotations records;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anAdminWhoseAdminRoleIsRemovedLosesAdminPagesAndMetricsAtOnceAndAHeartbeatAloneEndsTheSession() {
        UserSummary other = TestUsers.create(accounts, "ex-admin", Role.ADMIN, Role.ANNOTATOR);
        signIn(other.username(), TestUsers.PASSWORD);
        page.navigate(url("/admin/users"));
        assertThat(page.locator("#users-view")).isVisible();
        assertThat(metricsStatus()).isEqualTo(200);

        asAdmin(() -> accounts.setRoles(other.id(), Set.of(Role.ANNOTATOR)));
        // the tab's next heartbeat is the first request after the change: it ends the session by itself
        page.request().post(url("/?v-r=heartbeat&v-uiId=0"));
        asAdmin(() -> assertThat(audit.search(other.username(), 0, 10))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("session.end")));
        assertThat(metricsStatus()).isEqualTo(302);
        page.navigate(url("/admin/users"));
        page.waitForURL(u -> u.contains("/login"));
    }

    @Test
    void aDisabledAnnotatorsOpenWorkspaceStoresNothingMoreAndLandsOnTheLoginPage() {
        UserSummary ann = TestUsers.create(accounts, "disabled", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 3, List.of(ann.id()));
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/annotate/" + campaign));
        String first = awaitItem();
        page.keyboard().press("1");
        page.keyboard().press("1");
        page.keyboard().press("Control+Enter");
        page.waitForFunction("id => { const t = document.querySelector('#transcript'); "
                + "return t && t.dataset.itemId && t.dataset.itemId !== id; }", first);
        awaitItem();

        asAdmin(() -> accounts.setEnabled(ann.id(), false));
        page.keyboard().press("1");
        page.keyboard().press("1");
        page.keyboard().press("Control+Enter");
        page.waitForURL(u -> u.contains("/login"));
        asAdmin(() -> assertThat(records.safetyLabels(campaign)).hasSize(1));
    }

    @Test
    void changingThePasswordInOneBrowserEndsTheSessionInAnotherAndKeepsThisOne() {
        UserSummary user = TestUsers.create(accounts, "two-browsers", Role.ANNOTATOR);
        BrowserContext otherBrowser = page.context().browser().newContext();
        try {
            Page other = otherBrowser.newPage();
            other.navigate(url("/login"));
            other.locator("input[name=username]").fill(user.username());
            other.locator("input[name=password]").fill(TestUsers.PASSWORD);
            other.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            other.waitForSelector("vaadin-app-layout");

            signIn(user.username(), TestUsers.PASSWORD);
            page.navigate(url("/account"));
            page.locator("#current-password input").fill(TestUsers.PASSWORD);
            page.locator("#new-password input").fill("an entirely new passphrase");
            page.locator("#repeat-password input").fill("an entirely new passphrase");
            page.locator("#change-password").click();
            page.waitForURL(u -> !u.contains("/account"));
            assertThat(page.locator("#home-view")).isVisible();

            other.navigate(url("/"));
            other.waitForURL(u -> u.contains("/login"));
            page.navigate(url("/account"));
            assertThat(page.locator("#account-view")).isVisible();
        } finally {
            otherBrowser.close();
        }
    }

    private String awaitItem() {
        page.waitForSelector("#transcript[data-item-id]");
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#verdict-area')");
        return page.getAttribute("#transcript", "data-item-id");
    }

    private int metricsStatus() {
        APIResponse response = page.request().get(url("/actuator/metrics"), RequestOptions.create().setMaxRedirects(0));
        return response.status();
    }

    private void asAdmin(Runnable work) {
        TestUsers.asAdmin(users, work);
    }
}
