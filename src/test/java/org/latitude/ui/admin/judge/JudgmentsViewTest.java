package org.latitude.ui.admin.judge;

import org.latitude.shared.CampaignId;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.EndpointSummary;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.RaterCoverage;
import org.latitude.judge.RaterSpec;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The judgments screen: coverage per model rater, endpoints whose key is never shown back, annotators kept out. */
@LatitudeSpringTest
class JudgmentsViewTest extends SpringBrowserlessTest {

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
    @SuppressWarnings("unchecked")
    void anAdminSeesEachModelRatersCoverageAndStoresAnEndpointKeyThatIsNeverShownBack() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        CampaignId campaign = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 4, 1, List.of());
        imports.importFile(ImportSource.of("{\"item_id\": \"x-0\", \"order\": \"AB\", \"choice\": \"A\"}\n"
                .getBytes(StandardCharsets.UTF_8)), new JudgmentImportRequest(campaign, JudgmentFormat.PAIRWISE_JSONL,
                new RaterSpec(TestUsers.uniqueName("screen-model"), "1", "test", "file", "1", LocalDate.now(), "",
                        null), "j.jsonl", false));

        JudgmentsView view = navigate(JudgmentsView.class);
        ComboBox<CampaignSummary> picker = $(ComboBox.class).id("judgment-campaign");
        test(picker).selectItem(picker.getListDataView().getItems().filter(c -> c.id().equals(campaign)).findFirst()
                .orElseThrow().name() + " (pairwise)");
        Grid<RaterCoverage> coverage = $(Grid.class).id("judgment-coverage");
        assertThat(test(coverage).size()).isEqualTo(1);
        assertThat(test(coverage).getRow(0).itemsJudged()).isEqualTo(1);
        assertThat(test(coverage).getRow(0).campaignItems()).isEqualTo(4);

        String name = TestUsers.uniqueName("screen-ep");
        test($(TextField.class).id("endpoint-name")).setValue(name);
        test($(TextField.class).id("endpoint-url")).setValue("http://127.0.0.1:9/v1");
        test($(TextField.class).id("endpoint-model")).setValue("m");
        test($(TextField.class).id("endpoint-provider")).setValue("vLLM");
        test($(PasswordField.class).first()).setValue("sk-never-shown-4711");
        test($(Button.class).id("endpoint-save")).click();

        Grid<EndpointSummary> endpoints = $(Grid.class).id("endpoints");
        EndpointSummary saved = test(endpoints).getRow(test(endpoints).size() - 1);
        assertThat(List.of(saved.name(), saved.keySource())).containsExactly(name, "stored, encrypted");
        assertThat($(PasswordField.class).first().getValue()).isEmpty();
        assertThat(view.getElement().getOuterHTML()).doesNotContain("sk-never-shown-4711");
    }

    @Test
    void anAnnotatorCannotOpenTheJudgmentsScreen() {
        TestUsers.signIn(users, TestUsers.create(accounts, "peeker", Role.ANNOTATOR).username());
        try {
            navigate(JudgmentsView.class);
        } catch (RuntimeException expected) {
            // denied navigation
        }
        assertThat(getCurrentView()).isNotInstanceOf(JudgmentsView.class);
    }
}
