package org.latitude.ui.admin.export;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.audit.AuditLog;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.AnnotatedCampaigns;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The downloads page in a real browser: an admin reaches it from the campaign list and downloads a streamed export
 * (recorded in the audit log, hostile text verbatim, never rendered); an annotator is refused the page.
 */
class ExportsJourneyTest extends BrowserTest {

    @Autowired
    AnnotatedCampaigns annotated;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOutOfTheServiceLayer() {
        TestUsers.signOut();
    }

    private CampaignId campaign(List<UserSummary> annotators) {
        return annotated.annotated(TaskType.SAFETY_LABEL, """
                {"id":"j-0","prompt":"<script>window.pwned=1</script>","response":"=1+1"}
                {"id":"j-1","prompt":"Hello","response":"Hi"}
                """, annotators, (a, id) -> new SafetyAnswer(Verdict.SAFE, Verdict.SAFE, List.of(),
                "<b>note</b>", null));
    }

    @Test
    void anAdminOpensDownloadsFromTheCampaignListAndGetsTheStreamedFileWhichIsAudited() throws IOException {
        List<UserSummary> annotators = List.of(TestUsers.create(accounts, "dl-a", Role.ANNOTATOR),
                TestUsers.create(accounts, "dl-b", Role.ANNOTATOR));
        CampaignId campaign = campaign(annotators);
        signIn(LatitudeSpringTest.ADMIN, LatitudeSpringTest.ADMIN_PASSWORD);
        page.navigate(url("/admin/campaigns"));
        page.locator("#open-exports-" + campaign.value()).click();
        assertThat(page.locator("#exports-view")).isVisible();
        assertThat(page.locator("#download-aegis-consensus-jsonl")).isVisible();

        Download download = page.waitForDownload(() -> page.locator("#download-safety-long-csv").click());
        // the browser stays on the downloads page (the row under the link opens the campaign editor on its own click)
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin/exports/" + campaign.value() + "$"));
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".labels.long.csv");
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("item_id,rater,rater_kind,")
                .contains("\r\nj-0," + annotators.get(0).username() + ",human,safe,safe,,,<b>note</b>,1000,1,");
        Download consensus = page.waitForDownload(() -> page.locator("#download-aegis-consensus-jsonl").click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(consensus.path(), StandardCharsets.UTF_8))
                .contains("\"prompt\":\"<script>window.pwned=1</script>\"");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);

        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        org.assertj.core.api.Assertions.assertThat(audit.search(download.suggestedFilename(), 0, 5)).singleElement()
                .satisfies(r -> org.assertj.core.api.Assertions.assertThat(r.action()).isEqualTo("export.download"));
    }

    @Test
    void anAnnotatorIsRefusedTheDownloadsPage() {
        UserSummary annotator = TestUsers.create(accounts, "dl-c", Role.ANNOTATOR);
        CampaignId campaign = campaign(List.of(annotator));
        signIn(annotator.username(), TestUsers.PASSWORD);
        Response response = page.navigate(url("/admin/exports/" + campaign.value()));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("#exports-view")).hasCount(0);
        assertThat(page.locator("[id^=download-]")).hasCount(0);
        assertThat(page.locator("vaadin-app-layout #access-denied")).containsText("You do not have access");
    }
}
