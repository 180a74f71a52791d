package org.latitude.ui.admin.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.RaterSpec;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.latitude.ui.AccountView;
import org.latitude.ui.HomeView;
import org.latitude.ui.annotate.AnnotateView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An annotator reaches no model judgment through any screen: with a model rater's judgments stored for the very
 * campaign they label, none of the screens they may open (home, account, the workspace of that campaign) shows the
 * rater or a judgment, and every other route (all ADMIN-only) does not open for them.
 */
@LatitudeSpringTest
class AnnotatorScreensShowNoJudgmentTest extends SpringBrowserlessTest {

    @Autowired
    JudgmentImports imports;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void noScreenAnAnnotatorOpensShowsAModelRaterOrItsJudgmentsAndNoOtherScreenOpens() {
        UserSummary annotator = TestUsers.create(accounts, "labeller", Role.ANNOTATOR);
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of(annotator.id()));
        String marker = TestUsers.uniqueName("secret-guard-model");
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThat(imports.importFile(ImportSource.of(("{\"item_id\": \"x-0\", \"prompt_verdict\": \"unsafe\", "
                + "\"response_verdict\": \"unsafe\", \"categories\": [\"violence\"]}\n{\"item_id\": \"x-1\", "
                + "\"prompt_verdict\": \"safe\", \"response_verdict\": \"safe\"}\n").getBytes(StandardCharsets.UTF_8)),
                new JudgmentImportRequest(campaign, JudgmentFormat.SAFETY_JSONL, new RaterSpec(marker, "marker-version",
                        "marker-provider", "marker-template", "1", LocalDate.now(), "marker-decoding", null),
                        "marker-file.jsonl", false)).stored()).isTrue();
        TestUsers.signIn(users, annotator.username());

        List<String> shown = new ArrayList<>();
        shown.add(html(navigate(HomeView.class)));
        shown.add(html(navigate(AccountView.class)));
        shown.add(html(navigate(AnnotateView.class, campaign.value())));
        assertThat(getCurrentView()).isInstanceOf(AnnotateView.class);
        assertThat(shown.get(2)).as("the workspace shows the item the model judged").contains("Question ");
        assertThat(shown).allSatisfy(page -> assertThat(page).doesNotContain(marker, "marker-version",
                "marker-provider", "marker-template", "marker-decoding", "marker-file", "Model judgments"));

        List<String> opened = new ArrayList<>();
        int tried = 0;
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            Class<? extends Component> view = route.getNavigationTarget();
            if (List.of(HomeView.class, AccountView.class, AnnotateView.class).contains(view)
                    || route.getTemplate().equals("login") || route.getTemplate().contains(":")) {
                continue;
            }
            tried++;
            try {
                navigate(route.getTemplate(), view);
            } catch (RuntimeException denied) {
                // the router refused
            }
            if (view.isInstance(getCurrentView())) {
                opened.add(route.getTemplate());
            }
        }
        assertThat(tried).as("routes tried").isGreaterThanOrEqualTo(6);
        assertThat(opened).as("other routes an annotator opened").isEmpty();
    }

    private static String html(Component view) {
        return UI.getCurrent().getElement().getOuterHTML() + view.getElement().getTextRecursively();
    }
}
