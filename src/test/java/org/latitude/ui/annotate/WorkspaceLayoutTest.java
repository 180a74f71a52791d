package org.latitude.ui.annotate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.shared.CampaignId;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportFormat;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workspace's layout in a real browser: on a 1280×720 laptop screen the whole form of a typical single-turn item,
 * Submit included, is in view without scrolling; the navigation drawer starts closed for an annotator; the guidelines
 * and history are offered once. Screenshots land in {@code target/screenshots} for a look.
 */
class WorkspaceLayoutTest extends BrowserTest {

    /** A single-turn item somewhat longer than the demo's typical one (60-character prompt, 250-character answer). */
    private static final String ITEM = "{\"id\":\"typical-1\",\"prompt\":\"I manage a small team and one colleague keeps "
            + "missing deadlines. How can I raise it with them without sounding like I am attacking them?\","
            + "\"response\":\"Pick a calm moment and talk in private. Start from what you have seen, not from a verdict: "
            + "'the last three reports came in after the date we agreed'. Ask what is getting in the way, and listen "
            + "before proposing anything; there may be a workload or personal problem you do not know about. Agree on "
            + "one concrete change and a date to look at it again together, and write it down so that you both "
            + "remember the same thing. Thank them when it improves.\"}\n";

    @Autowired
    AnnotationFixtures fixtures;
    @Autowired
    UserAccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void at1280x720TheWholeFormOfATypicalItemWithSubmitIsInViewWithoutScrolling() {
        UserSummary ann = TestUsers.create(accounts, "layout", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, fixtures.dataset(ITEM + ITEM.replace("typical-1",
                "typical-2"), ImportFormat.GENERIC_JSONL), List.of(ann.id()), Set.of(), false, null);
        page.setViewportSize(1280, 720);
        signIn(ann.username(), TestUsers.PASSWORD);
        assertThat(page.locator("vaadin-app-layout")).not().hasAttribute("drawer-opened", "");
        page.navigate(url("/annotate/" + campaign));
        WorkspacePage ws = new WorkspacePage(page);
        ws.awaitItem();
        ws.keys("2", "2", "0", "4");
        assertThat(page.locator("#category-chips")).containsText("04 Violence");
        shot("workspace-safety-1280x720");
        for (String part : List.of("#transcript", "#prompt-verdict", "#response-verdict", "#category-search",
                "#category-chips", "#category-list", "#confidence", "#rationale", "#submit", "#skip")) {
            assertThat(page.locator(part)).isInViewport(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsInViewportOptions().setRatio(1));
        }
        assertThat((Boolean) page.evaluate("() => document.scrollingElement.scrollHeight <= window.innerHeight"))
                .as("the page itself does not scroll").isTrue();
        assertThat(page.getByText("Guidelines (G)")).hasCount(1);
        assertThat(page.getByText("Your recent annotations (H)")).hasCount(1);
        page.setViewportSize(390, 844);
        settle();
        shot("workspace-safety-390x844");
    }

    @Test
    void aPairShowsThePrinciplesBesideItAndSpeaksOfLeftAndRight() {
        UserSummary ann = TestUsers.create(accounts, "pairlayout", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 1, List.of(ann.id()));
        page.setViewportSize(1280, 720);
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/annotate/" + campaign));
        new WorkspacePage(page).awaitItem();
        assertThat(page.locator("#principles")).containsText("Judge by these principles");
        assertThat(page.locator("#principles li").first()).containsText("Be helpful");
        assertThat(page.locator("#principles")).isInViewport();
        assertThat(page.locator("#pair-left")).containsText("Left response");
        assertThat(page.locator("#preference")).containsText("Left is better");
        assertThat(page.locator("#annotate-view")).not().containsText("Response A");
        assertThat(page.locator("#submit")).isInViewport();
        shot("workspace-pair-1280x720");
        page.setViewportSize(390, 844);
        settle();
        shot("workspace-pair-390x844");
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }
}
