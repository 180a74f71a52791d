package org.latitude.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Content-Security-Policy does not break Vaadin: the admin screens and the annotation workspace render and
 * respond in Chromium, and the browser reports no violation of the policy on the way.
 */
class ContentSecurityPolicyJourneyTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    AnnotationFixtures fixtures;

    @Test
    void adminScreensAndTheWorkspaceWorkUnderThePolicyWithoutASingleViolation() {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', "
                + "e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");

        UserSummary ann = TestUsers.create(accounts, "csp", Role.ANNOTATOR, Role.ADMIN);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 2, List.of(ann.id()));
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/admin/users"));
        page.locator("#new-user").click();
        assertThat(page.locator("#new-username input")).isVisible();
        page.keyboard().press("Escape");
        for (String route : List.of("/admin/datasets", "/admin/campaigns", "/admin/taxonomies", "/admin/audit",
                "/account")) {
            page.navigate(url(route));
            assertThat(page.locator("[id$=-view]").first()).isVisible();
            settle();
        }
        page.navigate(url("/annotate/" + campaign));
        page.waitForSelector("#transcript[data-item-id]");
        assertThat(page.locator("#guidelines, .markdown").first()).isAttached();
        settle();

        assertThat(violations).isEmpty();
    }
}
