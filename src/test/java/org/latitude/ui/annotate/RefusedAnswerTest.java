package org.latitude.ui.annotate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.CampaignAnnotations;
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
import org.springframework.security.core.userdetails.UserDetailsService;

/** Unsafe without categories, and categories with both verdicts safe, are refused on the page with a clear message. */
class RefusedAnswerTest extends BrowserTest {

    @Autowired
    AnnotationFixtures fixtures;

    @Autowired
    CampaignAnnotations records;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anUnsafeVerdictWithoutCategoriesAndCategoriesWithBothVerdictsSafeAreRefusedAndNothingIsStored() {
        UserSummary ann = TestUsers.create(accounts, "refused", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 2, List.of(ann.id()));
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/annotate/" + campaign));
        WorkspacePage ws = new WorkspacePage(page);
        long item = ws.awaitItem();

        ws.keys("2", "1", "Control+Enter");
        assertThat(page.locator("#form-problems")).containsText("Not stored");
        assertThat(page.locator("#form-problems")).containsText("Choose at least one violated category");
        ws.awaitFocus("#verdict-area");

        ws.keys("p", "1", "1", "c", "0", "4", "Control+Enter");
        assertThat(page.locator("#form-problems")).containsText("both verdicts are safe, so nothing is violated");
        assertThat(page.locator("#category-violence input")).isChecked();

        assertThat(Long.parseLong(page.getAttribute("#transcript", "data-item-id"))).isEqualTo(item);
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThat(records.safetyLabels(campaign)).isEmpty();
    }
}
