package org.latitude.judge;

import org.latitude.dataset.ImportProgress;
import org.latitude.shared.CampaignId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportSource;
import org.latitude.shared.ValidationException;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each judgment format imports whole, idempotently, in item terms; each malformed file is refused whole. */
@LatitudeSpringTest
class JudgmentImportTest {

    @Autowired
    JudgmentImports imports;
    @Autowired
    ModelJudgments judgments;
    @Autowired
    JudgmentImportJobs importJobs;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static RaterSpec rater() {
        return new RaterSpec(TestUsers.uniqueName("model"), "1.0", "test", "file", "1", LocalDate.of(2026, 11, 30),
                "temperature=0", null);
    }

    JudgmentImportReport load(CampaignId campaign, JudgmentFormat format, RaterSpec rater, String content) {
        return imports.importFile(ImportSource.of(content.getBytes(StandardCharsets.UTF_8)),
                new JudgmentImportRequest(campaign, format, rater, "judgments." + (format.csv() ? "csv" : "jsonl"),
                        false));
    }

    ModelRaterId raterId(CampaignId campaign) {
        return judgments.ratersIn(campaign).getFirst().id();
    }

    @Test
    void genericSafetyJsonlWithCategoriesScoresAndProbabilitiesIsStoredAsTypedRecords() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 3, 1, List.of());
        var report = load(campaign, JudgmentFormat.SAFETY_JSONL, rater(), """
                {"item_id": "x-0", "prompt_verdict": "unsafe", "response_verdict": "needs caution", "categories": ["S1", "Hate/Identity Hate", "Needs Caution"], "p_prompt_unsafe": 0.9, "category_scores": {"violence": 0.75, "profanity": 0.1}}
                {"item_id": "x-1", "prompt_verdict": "safe", "response_verdict": "safe"}
                """);

        assertThat(report.outcome()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        assertThat(report.judgments()).isEqualTo(2);
        List<ModelJudgment> stored = judgments.judgments(campaign, raterId(campaign));
        SafetyJudgment first = (SafetyJudgment) stored.getFirst();
        assertThat(first.promptVerdict()).contains(SafetyVerdict.UNSAFE);
        assertThat(first.responseVerdict()).contains(SafetyVerdict.NEEDS_CAUTION);
        assertThat(first.categories()).containsExactlyInAnyOrder("violence", "hate_identity_hate");
        assertThat(first.labels()).containsExactly("needs_caution");
        assertThat(first.categoryScores()).containsEntry("violence", 0.75).containsEntry("profanity", 0.1);
        assertThat(first.promptUnsafeProbability()).hasValue(0.9);
        assertThat(first.responseUnsafeProbability()).isEmpty();
        assertThat(judgments.counts(campaign, raterId(campaign))).contains(
                new ValueCount("prompt_verdict", "UNSAFE", 1), new ValueCount("category", "violence", 1));
    }

    @Test
    void reimportingTheSameFileIsRecognisedByItsContentHashAndChangesNothing() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of());
        RaterSpec rater = rater();
        String file = "{\"id\": \"x-0\", \"User Safety\": \"unsafe\", \"Response Safety\": \"safe\", "
                + "\"Safety Categories\": \"Violence, Criminal Planning/Confessions\"}\n";
        var first = load(campaign, JudgmentFormat.NEMOGUARD_JSONL, rater, file);
        var again = load(campaign, JudgmentFormat.NEMOGUARD_JSONL, rater, file);

        assertThat(first.outcome()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        assertThat(again.outcome()).isEqualTo(JudgmentImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(again.batchId()).isEqualTo(first.batchId());
        assertThat(again.text()).contains("already imported", "SHA-256", "nothing changed");
        assertThat(imports.batches(campaign)).hasSize(1);
        assertThat(((SafetyJudgment) judgments.judgments(campaign, raterId(campaign)).getFirst()).categories())
                .containsExactlyInAnyOrder("violence", "criminal_planning_confessions");
    }

    @Test
    void llamaGuardTextOutputMapsItsCodesThroughTheTaxonomyAliasesAndMergesPromptAndResponseRows() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of());
        var report = load(campaign, JudgmentFormat.LLAMA_GUARD_CSV, rater(), """
                id,target,output,p_unsafe
                x-0,prompt,"unsafe
                S1,S4",0.97
                x-0,response,safe,0.02
                x-1,response,safe,
                """);

        assertThat(report.outcome()).as(report.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        List<ModelJudgment> stored = judgments.judgments(campaign, raterId(campaign));
        assertThat(stored).hasSize(2);
        SafetyJudgment x0 = (SafetyJudgment) stored.getFirst();
        assertThat(x0.promptVerdict()).contains(SafetyVerdict.UNSAFE);
        assertThat(x0.responseVerdict()).contains(SafetyVerdict.SAFE);
        assertThat(x0.categories()).containsExactlyInAnyOrder("violence", "guns_illegal_weapons");
        assertThat(x0.promptUnsafeProbability()).hasValue(0.97);
        assertThat(((SafetyJudgment) stored.get(1)).promptVerdict()).isEmpty();
    }

    @Test
    void safetyCsvNamesCategoriesBetweenBarsAndLlamaGuardJsonlReadsTheGuardsTextOutput() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of());
        var csv = load(campaign, JudgmentFormat.SAFETY_CSV, rater(), """
                item_id,prompt_verdict,response_verdict,categories,p_prompt_unsafe,p_response_unsafe
                x-0,unsafe,safe,Violence | Hate/Identity Hate,0.91,
                x-1,safe,needs_caution,,0.05,0.4
                """);
        assertThat(csv.outcome()).as(csv.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        List<ModelJudgment> fromCsv = judgments.judgments(campaign, raterId(campaign));
        assertThat(((SafetyJudgment) fromCsv.getFirst()).categories()).containsExactlyInAnyOrder("violence",
                "hate_identity_hate");
        assertThat(((SafetyJudgment) fromCsv.get(1)).responseVerdict()).contains(SafetyVerdict.NEEDS_CAUTION);
        assertThat(((SafetyJudgment) fromCsv.get(1)).responseUnsafeProbability()).hasValue(0.4);

        CampaignId other = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of());
        var jsonl = load(other, JudgmentFormat.LLAMA_GUARD_JSONL, rater(), """
                {"id": "x-1", "target": "prompt", "output": "\\n\\nunsafe\\nS2", "p_unsafe": 0.88}
                {"id": "x-1", "target": "response", "output": "safe"}
                """);
        assertThat(jsonl.outcome()).as(jsonl.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        SafetyJudgment guard = (SafetyJudgment) judgments.judgments(other, raterId(other)).getFirst();
        assertThat(guard.promptVerdict()).contains(SafetyVerdict.UNSAFE);
        assertThat(guard.responseVerdict()).contains(SafetyVerdict.SAFE);
        assertThat(guard.categories()).hasSize(1);
        assertThat(guard.promptUnsafeProbability()).hasValue(0.88);
        var unknownCode = load(other, JudgmentFormat.LLAMA_GUARD_JSONL, rater(),
                "{\"id\": \"x-0\", \"target\": \"prompt\", \"output\": \"unsafe\\nS99\"}\n");
        assertThat(unknownCode.text()).contains("Line 1:", "S99");
    }

    @Test
    void pairwiseAnswersInPresentedTermsAreStoredInItemTermsWithTheirOrder() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 2, 1, List.of());
        var report = load(campaign, JudgmentFormat.PAIRWISE_CSV, rater(), """
                item_id,order,choice,p_a,p_b,p_tie,reward_a,reward_b,loglik_a,loglik_b
                x-0,AB,A,,,,,,,
                x-0,BA,A,,,,,,,
                x-1,BA,,0.7,0.2,0.1,,,,
                x-1,,,,,,1.5,-0.5,,
                """);

        assertThat(report.outcome()).as(report.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        List<ModelJudgment> stored = judgments.judgments(campaign, raterId(campaign));
        assertThat(stored).containsExactlyInAnyOrder(
                new PairwiseJudgment.Choice(raterId(campaign), stored.get(0).itemId(), PresentedOrder.AB,
                        PairPreference.A),
                new PairwiseJudgment.Choice(raterId(campaign), stored.get(0).itemId(), PresentedOrder.BA,
                        PairPreference.B),
                new PairwiseJudgment.Probabilities(raterId(campaign), stored.get(3).itemId(), PresentedOrder.BA, 0.2,
                        0.7, java.util.OptionalDouble.of(0.1)),
                new PairwiseJudgment.Rewards(raterId(campaign), stored.get(3).itemId(), 1.5, -0.5));
    }

    @Test
    void eachMalformedFileIsRefusedWholeWithItsLineAndNothingIsStored() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 3, 1, List.of());
        String header = "row_id,principle_id,order,prob_A,prob_B,prob_NA,cost\n";
        String good = "x-0,0,0,0.1,0.8,0.1,0.0005\n";
        List<List<String>> cases = List.of(
                List.of(header + good + "x-9,0,0,0.1,0.8,0.1,0\n", "Line 3: the item 'x-9' is not in the campaign"),
                List.of(header + good + "x-1,21,0,0.1,0.8,0.1,0\n", "Line 3: the principle 21 is not in the"),
                List.of(header + good + "x-0,0,0,0.2,0.7,0.1,0\n", "Line 3: a second judgment of principle 0 in "
                        + "order AB for this item (the first is on line 2)"),
                List.of(header + good + "x-1,0,0,1.2,0.7,0.1,0\n", "Line 3: prob_A is 1.2, outside [0, 1]"),
                List.of(header + good + "x-1,0,0,-0.1,0.7,0.1,0\n", "Line 3: prob_A is -0.1, outside [0, 1]"),
                List.of(header + good + "x-1,0,0,0.1,0.7\n", "Line 3: the row has 5 fields; the header names 7"),
                List.of(header + good + "x-1,0,2,0.1,0.7,0.1,0\n", "Line 3: order is '2'"),
                List.of(header + good + "x-1,0,0,abc,0.7,0.1,0\n", "Line 3: prob_A is 'abc', not a finite number"),
                List.of(header + good + "x-1,0,0,NaN,0.7,0.1,0\n", "Line 3: prob_A is 'NaN', not a finite number"),
                List.of(header + good + "x-1,0,0,\"0.1,0.7,0.1,0\n", "Line 3: a quoted field is not closed before the "
                        + "end of the file; the check stopped here"),
                List.of(header + good + "x-1,0,0,0\"1,0.7,0.1,0\n", "Line 3: invalid CSV: a quote inside unquoted "
                        + "field"),
                List.of(header + good + "x-1,0,0,\"0.1\"x,0.7,0.1,0\n", "Line 3: invalid CSV: text after the closing "
                        + "quote"),
                List.of("row_id,row_id,order,prob_A,prob_B,prob_NA,cost\n" + good, "Line 1: the column 'row_id' "
                        + "appears twice"),
                List.of("", "Line 1: the file is empty; a CSV file starts with a header line"),
                List.of("row_id,principle,order,prob_A,prob_B,prob_NA,cost\n" + good, "Line 1: unknown columns [principle]"));
        for (List<String> c : cases) {
            var report = load(campaign, JudgmentFormat.DISCRETION_PRINCIPLE_CSV, rater(), c.get(0));
            assertThat(report.outcome()).as(c.get(1)).isEqualTo(JudgmentImportReport.Outcome.REJECTED);
            assertThat(report.text()).as(report.text()).contains("nothing was stored").contains(c.get(1));
        }
        byte[] invalidUtf8 = (header + good).getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = new byte[invalidUtf8.length + 3];
        System.arraycopy(invalidUtf8, 0, withBadByte, 0, invalidUtf8.length);
        withBadByte[invalidUtf8.length] = 'x';
        withBadByte[invalidUtf8.length + 1] = (byte) 0xC3;
        withBadByte[invalidUtf8.length + 2] = '\n';
        var report = imports.importFile(ImportSource.of(withBadByte), new JudgmentImportRequest(campaign,
                JudgmentFormat.DISCRETION_PRINCIPLE_CSV, rater(), "bad.csv", false));
        assertThat(report.text()).contains("Line 3: invalid UTF-8 at byte offset " + (invalidUtf8.length + 1));
        assertThat(imports.batches(campaign)).isEmpty();
        assertThat(judgments.ratersIn(campaign)).isEmpty();
    }

    @Test
    void eachMalformedJsonLinesFileIsRefusedWholeWithItsLineAndNothingIsStored() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 3, 1, List.of());
        String good = "{\"item_id\": \"x-0\", \"prompt_verdict\": \"unsafe\", \"categories\": [\"violence\"]}\n";
        List<List<String>> cases = List.of(
                List.of(good + "{\"item_id\": \"x-1\", \"prompt_verdict\": \"unsafe\"\n", "Line 2: not valid JSON"),
                List.of(good + "[1, 2]\n", "Line 2: each line must be one JSON object"),
                List.of(good + "{\"item_id\": \"x-1\", \"item_id\": \"x-2\", \"prompt_verdict\": \"safe\"}\n",
                        "Line 2: not valid JSON: Duplicate Object property \"item_id\""),
                List.of(good + "{\"item_id\": \"x-1\", \"prompt_verdict\": \"safe\", \"verdict\": \"safe\"}\n",
                        "Line 2: unknown fields [verdict]"),
                List.of(good + "{\"item_id\": \"x-1\", \"prompt_verdict\": \"maybe\"}\n",
                        "Line 2: prompt_verdict is 'maybe'; expected safe or unsafe"),
                List.of(good + "{\"item_id\": \"x-1\", \"prompt_verdict\": \"unsafe\", \"categories\": "
                        + "[\"weather\"]}\n", "Line 2: 'weather' is not a category of "),
                List.of(good + "{\"item_id\": \"x-1\", \"prompt_verdict\": \"unsafe\", \"p_prompt_unsafe\": 1.5}\n",
                        "Line 2: p_prompt_unsafe is 1.5, outside [0, 1]"),
                List.of(good + "\n" + good, "Line 3: a second judgment"),
                List.of(good + "{\"item_id\": \"nope\", \"prompt_verdict\": \"safe\"}\n",
                        "Line 2: the item 'nope' is not in the campaign's datasets"));
        for (List<String> c : cases) {
            var report = load(campaign, JudgmentFormat.SAFETY_JSONL, rater(), c.get(0));
            assertThat(report.outcome()).as(c.get(1)).isEqualTo(JudgmentImportReport.Outcome.REJECTED);
            assertThat(report.text()).as(report.text()).contains("nothing was stored").contains(c.get(1));
        }
        assertThat(imports.batches(campaign)).isEmpty();
        assertThat(judgments.ratersIn(campaign)).isEmpty();
    }

    @Test
    void aGzippedFileIsReadThroughTheSharedReaderAndItsContentHashIsTheStoredBytes() throws Exception {
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of());
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("{\"item_id\": \"x-1\", \"response_verdict\": \"unsafe\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        var report = imports.importFile(ImportSource.of(bytes.toByteArray()), new JudgmentImportRequest(campaign,
                JudgmentFormat.SAFETY_JSONL, rater(), "j.jsonl.gz", false));

        assertThat(report.outcome()).as(report.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(bytes.toByteArray()));
        assertThat(imports.batches(campaign)).singleElement().satisfies(b -> assertThat(b.contentHash())
                .isEqualTo(sha));
        var broken = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 6);
        var refused = imports.importFile(ImportSource.of(broken), new JudgmentImportRequest(campaign,
                JudgmentFormat.SAFETY_JSONL, rater(), "cut.jsonl.gz", false));
        assertThat(refused.text()).contains("File: not a valid gzip file");
    }

    @Test
    void aLineLongerThanTheLimitIsAProblemOfItsLineAndTheRestIsStillChecked() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of());
        String huge = "{\"item_id\": \"x-0\", \"prompt_verdict\": \"safe\", \"decoding\": \"" + "x".repeat(1 << 20)
                + "\"}\n";
        var report = load(campaign, JudgmentFormat.SAFETY_JSONL, rater(), huge
                + "{\"item_id\": \"x-1\", \"prompt_verdict\": \"wrong\"}\n");
        assertThat(report.outcome()).isEqualTo(JudgmentImportReport.Outcome.REJECTED);
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                "Line 1: line longer than 1048576 bytes", "Line 2: prompt_verdict is 'wrong'; expected safe or unsafe");
    }

    @Test
    void aBackgroundImportReportsCheckingThenStoringThenDone() throws Exception {
        CampaignId campaign = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 3, 1, List.of());
        StringBuilder file = new StringBuilder("item_id,principle,order,p_a,p_b,p_na\n");
        for (int i = 0; i < 3; i++) {
            for (int p = 0; p < 21; p++) {
                file.append("x-").append(i).append(',').append(p).append(",AB,0.2,0.5,0.3\n");
            }
        }
        List<ImportProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        var report = importJobs.submit(ImportSource.of(file.toString().getBytes(StandardCharsets.UTF_8)),
                new JudgmentImportRequest(campaign, JudgmentFormat.PRINCIPLE_CSV, rater(), "p.csv", false), seen::add)
                .get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(report.outcome()).as(report.text()).isEqualTo(JudgmentImportReport.Outcome.IMPORTED);
        assertThat(report.judgments()).isEqualTo(63);
        assertThat(seen).extracting(ImportProgress::phase).containsSubsequence(
                ImportProgress.Phase.CHECKING, ImportProgress.Phase.STORING,
                ImportProgress.Phase.DONE);
        assertThat(seen.getLast().fraction()).isEqualTo(1.0);
        assertThat(seen.getFirst().bytesRead()).isEqualTo(file.length());
    }

    @Test
    void deletingARatersJudgmentsRemovesEveryBatchOfItInTheCampaignAndThenTheRater() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 2, 1, List.of());
        RaterSpec rater = rater();
        load(campaign, JudgmentFormat.PRINCIPLE_JSONL, rater, "{\"item_id\": \"x-0\", \"principle\": 1, "
                + "\"choice\": \"A\"}\n");
        load(campaign, JudgmentFormat.PAIRWISE_JSONL, rater, "{\"item_id\": \"x-1\", \"order\": \"AB\", "
                + "\"choice\": \"B\"}\n");
        ModelRaterId id = raterId(campaign);
        assertThat(imports.batches(campaign)).hasSize(2);

        assertThat(imports.deleteRaterJudgments(campaign, id)).isEqualTo(2);

        assertThat(imports.batches(campaign)).isEmpty();
        assertThat(judgments.judgments(campaign, id)).isEmpty();
        assertThat(judgments.raters()).noneMatch(r -> r.id().equals(id));
        assertThatThrownBy(() -> imports.deleteRaterJudgments(campaign, id)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aSafetyFileCannotGoIntoAPairwiseCampaign() {
        CampaignId pairwise = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 1, 1, List.of());
        assertThatThrownBy(() -> load(pairwise, JudgmentFormat.SAFETY_JSONL, rater(), "{}\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("takes no safety judgments");
    }

    @Test
    void aReimportOfOverlappingJudgmentsUnderTheSameRaterIsRefused() {
        CampaignId campaign = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 2, 1, List.of());
        RaterSpec rater = rater();
        assertThat(load(campaign, JudgmentFormat.PRINCIPLE_JSONL, rater,
                "{\"item_id\": \"x-0\", \"principle\": 3, \"choice\": \"A\"}\n").stored()).isTrue();
        var overlap = load(campaign, JudgmentFormat.PRINCIPLE_JSONL, rater,
                "{\"item_id\": \"x-1\", \"principle\": 3, \"choice\": \"NA\"}\n"
                        + "{\"item_id\": \"x-0\", \"principle\": 3, \"order\": \"AB\", \"p_a\": 0.1, \"p_b\": 0.2, "
                        + "\"p_na\": 0.7}\n");
        assertThat(overlap.outcome()).isEqualTo(JudgmentImportReport.Outcome.REJECTED);
        assertThat(overlap.text()).contains("already has a judgment of principle 3");
        assertThat(judgments.judgments(campaign, raterId(campaign))).hasSize(1);
    }
}
