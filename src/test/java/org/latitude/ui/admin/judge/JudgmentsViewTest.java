package org.latitude.ui.admin.judge;

import org.latitude.shared.CampaignId;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.time.Duration;
import java.time.Instant;
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
import org.latitude.judge.EndpointSettings;
import org.latitude.judge.EndpointSummary;
import org.latitude.judge.JudgeJobs;
import org.latitude.judge.TiePolicy;
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
    JudgeJobs live;
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
    @SuppressWarnings("unchecked")
    void anUploadRunsInTheBackgroundThenCoverageShowsTheRatersProvenanceAndDeletingAsksFirst() throws Exception {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        CampaignId campaign = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 3, 1, List.of());
        navigate(JudgmentsView.class);
        ComboBox<CampaignSummary> picker = $(ComboBox.class).id("judgment-campaign");
        test(picker).selectItem(picker.getListDataView().getItems().filter(c -> c.id().equals(campaign)).findFirst()
                .orElseThrow().name() + " (pairwise)");
        Select<JudgmentFormat> format = $(Select.class).id("judgment-format");
        format.setValue(JudgmentFormat.PAIRWISE_JSONL);
        String name = TestUsers.uniqueName("ensemble-judge");
        test($(TextField.class).id("rater-name")).setValue(name);
        test($(TextField.class).id("rater-version")).setValue("2025-06");
        test($(TextField.class).id("rater-provider")).setValue("MLCommons");
        test($(TextField.class).id("rater-template")).setValue("which-is-better");
        test($(TextField.class).id("rater-template-version")).setValue("3");
        test($(TextField.class).id("rater-decoding")).setValue("temperature=0, max_tokens=1");
        test($(TextArea.class).id("rater-members")).setValue("Mixtral-8x22B\nLlama-3-70B\nQwen-72B");
        $(Select.class).id("rater-tie-policy").setValue(TiePolicy.SAFE);
        test($(IntegerField.class).id("rater-min-votes")).setValue(2);
        test($(Upload.class).id("judgment-upload")).upload("pairs.jsonl", "application/octet-stream",
                ("{\"item_id\": \"x-0\", \"order\": \"AB\", \"choice\": \"A\"}\n"
                        + "{\"item_id\": \"x-1\", \"order\": \"BA\", \"choice\": \"tie\"}\n")
                        .getBytes(StandardCharsets.UTF_8));

        Div report = $(Div.class).id("judgment-import-report");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!report.getElement().hasAttribute("data-outcome") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertThat(report.getText()).startsWith("Imported 2 judgments from pairs.jsonl");
        Grid<RaterCoverage> coverage = $(Grid.class).id("judgment-coverage");
        assertThat(test(coverage).size()).isEqualTo(1);
        List<String> cells = java.util.stream.IntStream.range(0, 11).mapToObj(i -> test(coverage).getCellText(0, i))
                .toList();
        assertThat(cells).contains(name, "2025-06", "MLCommons", "which-is-better v3", "temperature=0, max_tokens=1",
                "Mixtral-8x22B, Llama-3-70B, Qwen-72B (tie: safe, at least 2 valid)", "pairwise", "2 of 3 (67 %)");

        Button deleteBatch = (Button) test((Grid<?>) $(Grid.class).id("judgment-batches")).getCellComponent(0, 5);
        test(deleteBatch).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("confirm-delete-batch");
        assertThat(confirm.isOpened()).isTrue();
        assertThat(imports.batches(campaign)).as("nothing is deleted before the admin confirms").hasSize(1);
        test(confirm).cancel();
        assertThat(imports.batches(campaign)).hasSize(1);

        Button deleteRater = (Button) test(coverage).getCellComponent(0, 11);
        test(deleteRater).click();
        ConfirmDialog raterConfirm = $(ConfirmDialog.class).id("confirm-delete-rater");
        assertThat(raterConfirm.getElement().getProperty("message")).contains("2 judgments in this campaign");
        test(raterConfirm).confirm();
        assertThat(imports.batches(campaign)).isEmpty();
        assertThat(test(coverage).size()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void startingAJobShowsItsCostEstimateAndStartsOnlyWhenConfirmed() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        CampaignId campaign = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 5, 1, List.of());
        long endpoint = live.saveEndpoint(new EndpointSettings(TestUsers.uniqueName("cost-ep"),
                "http://127.0.0.1:9/v1", "m", "vLLM", null, null)).id();
        navigate(JudgmentsView.class);
        ComboBox<CampaignSummary> picker = $(ComboBox.class).id("judgment-campaign");
        test(picker).selectItem(picker.getListDataView().getItems().filter(c -> c.id().equals(campaign)).findFirst()
                .orElseThrow().name() + " (pairwise)");
        ComboBox<EndpointSummary> endpoints = $(ComboBox.class).id("job-endpoint");
        endpoints.setValue(endpoints.getListDataView().getItems().filter(e -> e.id() == endpoint).findFirst()
                .orElseThrow());
        ComboBox<String> template = $(ComboBox.class).id("job-template");
        template.setValue("pairwise-better");

        test($(Button.class).id("job-start")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("confirm-job-start");
        assertThat(confirm.getElement().getProperty("message")).contains("Estimate: 5 units, 10 calls, about",
                "completion tokens", "Budget: 10,000 calls and 10,000,000 tokens");
        assertThat(live.jobs(campaign)).as("no job before the admin confirms").isEmpty();
        test(confirm).confirm();
        List<org.latitude.judge.JobProgress> started = live.jobs(campaign);
        assertThat(started).singleElement().satisfies(p -> assertThat(p.callsTotal()).isEqualTo(10));
        try {
            live.cancel(started.getFirst().id());
        } catch (org.latitude.shared.ValidationException finishedAlready) {
            // the endpoint refuses connections: the job may have failed already
        }
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
