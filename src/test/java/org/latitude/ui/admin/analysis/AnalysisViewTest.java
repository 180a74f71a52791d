package org.latitude.ui.admin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.analysis.AnalysisJobs;
import org.latitude.analysis.AnalysisOverview;
import org.latitude.analysis.AnalysisProgress;
import org.latitude.analysis.Disagreement;
import org.latitude.annotation.AnnotationService;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.annotation.WorkStep;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportFormat;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The analysis page: an admin runs the job and sees the summary, the annotator table and the κ of every pair, whose
 * cell lists the items two annotators disagree on with the hostile item text as plain text; an annotator of the same
 * campaign cannot open the page.
 */
@LatitudeSpringTest
class AnalysisViewTest extends SpringBrowserlessTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> <script>alert('x')</script>";

    @Autowired
    AnnotationFixtures fixtures;
    @Autowired
    AnnotationService annotations;
    @Autowired
    AnalysisJobs jobs;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    CampaignId hostileCampaign(List<UserSummary> people) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            jsonl.append("{\"id\":\"h-").append(i).append("\",\"prompt\":\"").append(HOSTILE.replace("\"", "\\\""))
                    .append(" ").append(i).append("\",\"response\":\"ok\"}\n");
        }
        long dataset = fixtures.dataset(jsonl.toString(), ImportFormat.GENERIC_JSONL);
        var base = fixtures.campaigns().settings(TaskType.SAFETY_LABEL, dataset, 2);
        CampaignId campaign = fixtures.campaigns().activeCampaign(base, people.stream().map(UserSummary::id)
                .toList());
        for (int a = 0; a < people.size(); a++) {
            TestUsers.signIn(users, people.get(a).username());
            WorkStep step = annotations.open(campaign).step();
            int n = 0;
            while (step instanceof WorkStep.Assigned assigned) {
                boolean unsafe = a == 0 ? n % 2 == 0 : n < 2;
                step = annotations.submit(assigned.item().assignmentId(), SafetyAnswer.of(unsafe ? Verdict.UNSAFE
                        : Verdict.SAFE, Verdict.SAFE, unsafe ? List.of("violence") : List.of()), 1500);
                n++;
            }
        }
        return campaign;
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminRunsTheAnalysisAndDrillsDownToTheItemsTwoAnnotatorsDisagreeOnShownAsText() throws Exception {
        List<UserSummary> people = List.of(TestUsers.create(accounts, "left", Role.ANNOTATOR),
                TestUsers.create(accounts, "right", Role.ANNOTATOR));
        CampaignId campaign = hostileCampaign(people);
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        java.util.Map<String, String> route = java.util.Map.of("campaignId", String.valueOf(campaign.value()));
        navigate(AnalysisView.class, route);
        assertThat($(Grid.class).all()).isEmpty();
        test($(Button.class).id("analysis-start")).click();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        AnalysisProgress p;
        do {
            Thread.sleep(100);
            p = jobs.progress(campaign).orElseThrow();
        } while (p.running() && Instant.now().isBefore(deadline));
        assertThat(p.phase()).as(p.failure()).isEqualTo(AnalysisProgress.Phase.DONE);

        navigate(AnalysisView.class, route);
        Grid<AnalysisOverview.Headline> headline = $(Grid.class).id("analysis-headline");
        // prompt, response under three policies, category set with MASI and with Jaccard
        assertThat(test(headline).size()).isEqualTo(6);
        assertThat(test(headline).getRow(0).field()).isEqualTo("prompt_verdict");
        Grid<AnalysisOverview.AnnotatorRow> annotators = $(Grid.class).id("analysis-annotators");
        assertThat(test(annotators).size()).isEqualTo(2);
        assertThat(test(annotators).getRow(0).items()).isEqualTo(4);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("kappa-prompt_verdict")).isNotNull();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("analysis-provenance").getText())
                .contains("seed 1");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("analysis-download").getText())
                .isEqualTo("Download report (ZIP)");
        assertThat($(com.vaadin.flow.component.Html.class).all()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.getInnerHtml()).contains("<"));

        // the drill-down of the annotators' κ cell: items where they differ, item text as data, shown as text
        DisagreementDialog dialog = new DisagreementDialog(app(), campaign, "prompt_verdict",
                people.get(0).username(), people.get(1).username());
        Grid<Disagreement> items = (Grid<Disagreement>) dialog.getChildren().filter(c -> c instanceof Grid)
                .findFirst().orElseThrow();
        // annotator 0: unsafe, safe, unsafe, safe; annotator 1: unsafe, unsafe, safe, safe (in the order served)
        assertThat(test(items).size()).isBetween(1, 4);
        assertThat(test(items).getRow(0).prompt()).startsWith(HOSTILE);
        assertThat(test(items).getRow(0).externalId()).startsWith("h-");
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("<img src=x");
    }

    @Test
    void anAnnotatorOfTheCampaignCannotOpenTheAnalysisPage() {
        List<UserSummary> people = List.of(TestUsers.create(accounts, "nosy", Role.ANNOTATOR),
                TestUsers.create(accounts, "other", Role.ANNOTATOR));
        CampaignId campaign = hostileCampaign(people);
        TestUsers.signIn(users, people.getFirst().username());
        try {
            navigate(AnalysisView.class, java.util.Map.of("campaignId", String.valueOf(campaign.value())));
        } catch (RuntimeException expected) {
            // denied navigation
        }
        assertThat(getCurrentView()).isNotInstanceOf(AnalysisView.class);
    }

    @Autowired
    org.latitude.analysis.CampaignAnalysis analysis;

    private org.latitude.analysis.CampaignAnalysis app() {
        return analysis;
    }
}
