package org.latitude.ui.annotate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.assignment.AssignmentService;
import org.latitude.assignment.Lease;
import org.latitude.campaign.NoticeSource;
import org.latitude.campaign.Wellbeing;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.Steps;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In Chromium: an annotator opts out of Violence in their account and never sees a violent item, returns one item
 * with B, reads their exposure log with E; an enforced break counts down in the browser.
 */
class WellbeingJourneyTest extends BrowserTest {

    @Autowired
    TestCampaigns fixtures;
    @Autowired
    AssignmentService assignments;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private CampaignId campaign(int items, Wellbeing wellbeing, UserSummary member) {
        return fixtures.exposureCampaign(items, 1, Set.of("violence"), wellbeing, List.of(member.id()));
    }

    @Test
    void anOptedOutAnnotatorNeverSeesThoseItemsReturnsOneWithBAndReadsTheirExposureLog() {
        UserSummary ann = TestUsers.create(accounts, "optout", Role.ANNOTATOR);
        CampaignId campaign = campaign(6, new Wellbeing(Set.of("violence"), null, null, 10,
                NoticeSource.REFERENCE_LABELS), ann);
        List<Long> violent = jdbc.queryForList("select item_id from campaign_item_category where campaign_id = ? and "
                + "category_key = 'violence'", Long.class, campaign.value());
        assertThat(violent).hasSize(2);
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/account"));
        page.locator("#opt-outs-" + campaign.value() + " vaadin-checkbox").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Violence")).click();
        page.locator("#save-opt-outs-" + campaign.value()).click();
        assertThat(page.getByText("Your opt-outs for")).isVisible();

        WorkspacePage ws = new WorkspacePage(page);
        page.navigate(url("/annotate/" + campaign.value()));
        List<Long> shown = new ArrayList<>();
        long item = ws.awaitItem();
        shown.add(item);
        ws.keys("b"); // return without penalty
        item = ws.awaitOther(item);
        ws.keys("e");
        assertThat(page.locator("#exposure")).hasAttribute("opened", "");
        assertThat(page.locator("#exposure .exposure-category").first()).hasText("Violence");
        assertThat(page.locator("#exposure .exposure-today").first()).hasText("0");
        ws.keys("e");
        while (item > 0) {
            shown.add(item);
            ws.awaitFocus("#verdict-area");
            ws.keys("1", "1");
            item = ws.submitAndAwaitNext(item);
        }
        assertThat(page.locator("#finished")).containsText("every item available to you");
        assertThat(shown).as("four items, none violent").hasSize(4).doesNotContainAnyElementsOf(violent);
        assertThat(jdbc.queryForObject("select count(*) from assignment where campaign_id = ? and state = "
                + "'RETURNED'", Long.class, campaign.value())).isEqualTo(1L);
    }

    @Test
    void anEnforcedBreakCountsDownInTheBrowser() {
        UserSummary ann = TestUsers.create(accounts, "break", Role.ANNOTATOR);
        CampaignId campaign = campaign(9, new Wellbeing(Set.of(), null, 5, 10, NoticeSource.DECLARED), ann);
        TestUsers.signIn(users, ann.username());
        for (int i = 0; i < 2; i++) {
            Lease lease = Steps.lease(assignments.next(campaign)).orElseThrow();
            assignments.complete(lease.assignmentId());
        }
        TestUsers.signOut();
        Instant started = Instant.now().minusSeconds(6 * 60);
        jdbc.update("update assignment set leased_at = ?, finished_at = ? where id = (select min(id) from assignment "
                + "where campaign_id = ?)", started.atOffset(ZoneOffset.UTC), started.plusSeconds(60)
                .atOffset(ZoneOffset.UTC), campaign.value());
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/annotate/" + campaign.value()));
        assertThat(page.locator("#finished")).containsText("Time for a break");
        String first = page.locator("#break-countdown").textContent();
        assertThat(first).matches("(9|10):\\d\\d");
        page.waitForFunction("t => document.querySelector('#break-countdown').textContent !== t", first);
        assertThat(page.locator("#transcript[data-item-id]")).not().isVisible();
    }
}
