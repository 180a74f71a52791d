package org.latitude.ui.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.shared.CampaignId;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.TaskType;
import org.latitude.security.SystemIdentity;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Starting and closing a campaign cannot be undone: both ask first, say what becomes frozen or final, and can be declined. */
class CampaignLifecycleJourneyTest extends BrowserTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    TestCampaigns fixtures;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private CampaignStatus status(CampaignId id) {
        return SystemIdentity.callAsSystem(() -> campaigns.details(id).summary().status());
    }

    @Test
    void startAndCloseForGoodAskForConfirmationSayingWhatFreezesAndCancelChangesNothing() {
        CampaignId draft = SystemIdentity.callAsSystem(() -> {
            CampaignId id = campaigns.create(fixtures.settings(TaskType.SAFETY_LABEL, fixtures.dataset(3, false), 1)).id();
            campaigns.setMembers(id, List.of());
            return id;
        });
        signIn(LatitudeSpringTest.ADMIN, LatitudeSpringTest.ADMIN_PASSWORD);
        page.navigate(url("/admin/campaigns/" + draft));

        page.locator("#campaign-activate").click();
        assertThat(page.locator("#confirm-start")).containsText("can no longer change");
        assertThat(page.locator("#confirm-start")).containsText("the datasets: ");
        assertThat(page.locator("#confirm-start")).containsText("(3 items)");
        page.getByText("Keep as draft").click();
        settle();
        assertThat(status(draft)).isEqualTo(CampaignStatus.DRAFT);

        page.locator("#campaign-activate").click();
        page.locator("#confirm-start vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#campaign-pause")).isVisible();
        assertThat(status(draft)).isEqualTo(CampaignStatus.ACTIVE);

        page.locator("#campaign-close").click();
        assertThat(page.locator("#confirm-close")).containsText("Closing is final");
        assertThat(page.locator("#confirm-close")).containsText("can no longer submit or edit");
        page.keyboard().press("Escape");
        settle();
        assertThat(status(draft)).isEqualTo(CampaignStatus.ACTIVE);

        page.locator("#campaign-close").click();
        page.locator("#confirm-close vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#campaign-close")).hasCount(0);
        assertThat(status(draft)).isEqualTo(CampaignStatus.CLOSED);
    }
}
