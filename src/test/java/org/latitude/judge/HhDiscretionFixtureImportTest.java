package org.latitude.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.shared.CampaignId;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.security.SystemIdentity;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.SharedFixtures;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The alignment-discretion code release's HH-RLHF files (Buyl et al. 2025) import into a pairwise campaign over the
 * 2,312 harmless-base test pairs with the counts the fixture's README implies: 2312 × 21 principle rows, 2312 × 2
 * rows per generic judge, 2312 reward pairs, and the policy file's 4,624 order rows plus 2,312 log-likelihood pairs.
 */
@LatitudeSpringTest
class HhDiscretionFixtureImportTest {

    private static final String FIXTURE = "datasets/alignment-discretion-hh/";
    private static CampaignId campaign;
    private static long principleSet;

    @Autowired
    JudgmentImports imports;
    @Autowired
    ModelJudgments judgments;
    @Autowired
    DatasetService datasets;
    @Autowired
    PrincipleSetService principles;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    UserDetailsService users;
    @TempDir
    static Path temp;

    @BeforeEach
    void campaign() throws IOException {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        Path gz = SharedFixtures.require("datasets/hh-rlhf-harmless-base-test/test.jsonl.gz");
        SharedFixtures.require(FIXTURE);
        if (campaign != null) {
            return;
        }
        Path jsonl = temp.resolve("hh-test.jsonl");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Files.copy(in, jsonl);
        }
        long dataset = datasets.importFile(ImportSource.of(jsonl), new ImportRequest(TestUsers.uniqueName("hh"),
                ImportFormat.HH_RLHF_JSONL, "test.jsonl"), ImportListener.NONE).datasetId();
        long ccai = SystemIdentity.callAsSystem(() -> principles.installPreset("ccai-seed.json").id());
        principleSet = ccai;
        campaign = campaigns.activeCampaign(new CampaignSettings(TestUsers.uniqueName("hh"), "", "",
                new PairwisePreferenceTask(ccai), List.of(dataset), 3, NeedsCautionPolicy.OWN_VALUE, 30, null,
                0, Set.of(), false, 60), List.of());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private JudgmentImportReport load(String file, JudgmentFormat format, boolean skipUnknown) {
        Path path = SharedFixtures.require(FIXTURE + file);
        RaterSpec rater = new RaterSpec(Path.of(file).getFileName().toString(), "paper", "alignment-discretion",
                format.name().toLowerCase(), "1", LocalDate.of(2025, 2, 14), "as released", null);
        return imports.importFile(ImportSource.of(path), new JudgmentImportRequest(campaign, format, rater,
                path.getFileName().toString(), skipUnknown));
    }

    @Test
    void theOraclePrincipleFileGives2312Times21ProbabilityTriples() {
        var report = load("principle_specific_preferences/hh_test_seed_4ob.csv",
                JudgmentFormat.DISCRETION_PRINCIPLE_CSV, false);
        assertThat(report.outcome()).as(report.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        assertThat(report.judgments()).isEqualTo(48_552);
        assertThat(report.lines()).isEqualTo(48_553);
    }

    @Test
    void theCampaignsPrincipleKIsLineKOfTheFixturesPrincipleFileSoPrincipleIdsMeanTheSamePrinciple()
            throws IOException {
        List<String> fixture = Files.readAllLines(SharedFixtures.require(FIXTURE + "principles/ccai_seed.txt"));
        List<String> installed = SystemIdentity.callAsSystem(() -> principles.details(principleSet)).principles()
                .stream().map(p -> p.text().strip()).toList();
        assertThat(installed).containsExactlyElementsOf(fixture.stream().map(String::strip).toList());
    }

    @Test
    void eachGenericJudgeGivesTwoOrdersPerItem() {
        for (String judge : List.of("4ob", "deepseekv3", "sonnet3.5")) {
            var report = load("llm_preferences/hh_test_generic_" + judge + ".csv", JudgmentFormat.DISCRETION_JUDGE_CSV,
                    false);
            assertThat(report.outcome()).as(report.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
            assertThat(report.judgments()).as(judge).isEqualTo(4_624);
        }
    }

    @Test
    void rewardModelsGiveOnePairOfScoresPerItemAndTheFullSplitFileNeedsItsExtraRowsSkipped() {
        for (String rm : List.of("Llama3-8B_reward_model_trained_in-hh-harmlesness_evaluated_in-hh-harmlesness_"
                + "partition-test.csv", "Mistral7B_reward_model_trained_in-hh-harmlesness_evaluated_in-hh-"
                + "harmlesness_partition-test.csv")) {
            var report = load("reward_model_preferences/" + rm, JudgmentFormat.DISCRETION_REWARD_CSV, false);
            assertThat(report.outcome()).as(report.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
            assertThat(report.judgments()).isEqualTo(2_312);
        }
        String full = "reward_model_preferences/reward_preference_data_reward_model-most_downloaded_hh_in_dataset_hh_"
                + "partition-None.csv";
        var refused = load(full, JudgmentFormat.DISCRETION_REWARD_CSV, false);
        assertThat(refused.outcome()).isEqualTo(JudgmentImportReport.Outcome.REJECTED);
        assertThat(refused.problems().getFirst().toString()).startsWith("Line 2314: the item '2312' is not in");
        var skipped = load(full, JudgmentFormat.DISCRETION_REWARD_CSV, true);
        assertThat(skipped.judgments()).isEqualTo(2_312);
        assertThat(skipped.skippedRows()).isEqualTo(8_552 - 2_312);
    }

    @Test
    void thePolicyFileGivesPromptedProbabilitiesPerOrderAndOneLogLikelihoodPairPerItem() {
        var report = load("llm_preferences/LLM_rewards_model_with_NA-Llama3-8B_data_trained-hh-harmlesness_dataset_"
                + "eval-hh-harmlesness.csv", JudgmentFormat.DISCRETION_POLICY_CSV, false);
        assertThat(report.outcome()).as(report.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        assertThat(report.judgments()).isEqualTo(4_624 + 2_312);
        ModelRaterId rater = judgments.ratersIn(campaign).stream().filter(r -> r.name().startsWith("LLM_rewards"))
                .findFirst().orElseThrow().id();
        var first = judgments.judgments(campaign, rater).stream()
                .filter(j -> j instanceof PairwiseJudgment.LogLikelihoods).findFirst().orElseThrow();
        assertThat(((PairwiseJudgment.LogLikelihoods) first).a()).isEqualTo(-880.0);
        assertThat(((PairwiseJudgment.LogLikelihoods) first).b()).isEqualTo(-940.0);
    }
}
