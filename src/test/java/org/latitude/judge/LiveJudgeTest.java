package org.latitude.judge;

import org.latitude.shared.CampaignId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.latitude.campaign.TaskType;
import org.latitude.testsupport.FakeChatServer;
import org.latitude.testsupport.FakeChatServer.Answer;
import org.latitude.testsupport.FakeChatServer.Drop;
import org.latitude.testsupport.FakeChatServer.Error;
import org.latitude.testsupport.FakeChatServer.Malformed;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Live judging against a real chat-completions server in the test: logprobs read exactly, text answers, retries on
 * 429 (honouring Retry-After), 5xx, malformed bodies and dropped connections, time-outs, answers outside the allowed
 * set, the budget, cancel and resume without repeating a finished call.
 */
@LatitudeSpringTest
@ExtendWith(OutputCaptureExtension.class)
class LiveJudgeTest {

    @Autowired
    JudgeJobs jobs;
    @Autowired
    ModelJudgments judgments;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    LiveJudgeFixtures fixtures;
    FakeChatServer server;

    @BeforeEach
    void setUp() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        fixtures = new LiveJudgeFixtures(jobs, campaigns);
    }

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void pUnsafeReadFromLogprobsEqualsWhatTheServerSentAndCategoriesMapThroughTheTaxonomyCodes() throws Exception {
        server = new FakeChatServer(r -> new Answer("unsafe\nS1,S8", Map.of("unsafe", 0.83, "safe", 0.17), 0));
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 3);
        long job = jobs.start(LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()),
                "llama-guard-safety", 4, 0, 5, 100, 5)).id();

        JobProgress done = fixtures.awaitEnd(job, Duration.ofSeconds(30));

        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.callsAnswered()).isEqualTo(6);
        assertThat(server.received()).hasSize(6);
        ModelRaterId rater = judgments.ratersIn(campaign).getFirst().id();
        List<ModelJudgment> stored = judgments.judgments(campaign, rater);
        assertThat(stored).hasSize(3).allSatisfy(j -> {
            SafetyJudgment s = (SafetyJudgment) j;
            assertThat(s.promptVerdict()).contains(SafetyVerdict.UNSAFE);
            assertThat(s.responseVerdict()).contains(SafetyVerdict.UNSAFE);
            assertThat(s.categories()).containsExactlyInAnyOrder("violence", "hate_identity_hate");
            assertThat(s.promptUnsafeProbability().getAsDouble()).isCloseTo(0.83, org.assertj.core.data.Offset
                    .offset(1e-12));
            assertThat(s.responseUnsafeProbability().getAsDouble()).isCloseTo(0.83,
                    org.assertj.core.data.Offset.offset(1e-12));
        });
        assertThat(server.received().getFirst().userText()).contains("S1: Violence.", "<BEGIN CONVERSATION>",
                "ONLY THE LAST User message");
    }

    @Test
    void withoutLogprobsTheTextIsReadAndAnAnswerOutsideTheAllowedSetIsStoredRawWithoutAJudgment() throws Exception {
        server = new FakeChatServer(r -> r.userText().contains("Answer A 1.") ? new Answer("Probably the first one",
                null, 0) : new Answer(r.userText().indexOf("Answer A") < r.userText().indexOf("Answer B") ? "A" : "B",
                null, 0));
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 3);
        long job = jobs.start(LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()),
                "pairwise-better", 2, 0, 5, 100, 0)).id();

        JobProgress done = fixtures.awaitEnd(job, Duration.ofSeconds(30));

        assertThat(done.callsAnswered()).isEqualTo(4);
        assertThat(done.callsUnparseable()).isEqualTo(2);
        ModelRaterId rater = judgments.ratersIn(campaign).getFirst().id();
        assertThat(judgments.judgments(campaign, rater)).hasSize(4).allSatisfy(j ->
                assertThat(((PairwiseJudgment.Choice) j).preference()).isEqualTo(PairPreference.A));
        assertThat(jobs.calls(job, 10)).filteredOn(c -> c.outcome().equals("UNPARSEABLE")).hasSize(2)
                .allSatisfy(c -> assertThat(c.answer()).isEqualTo("Probably the first one"));
        assertThat(judgments.coverage(campaign)).singleElement().satisfies(c -> {
            assertThat(c.itemsJudged()).isEqualTo(2);
            assertThat(c.unparseableAnswers()).isEqualTo(2);
        });
    }

    @Test
    void retriesA429AfterItsRetryAfterThenA500ThenAMalformedBodyThenADroppedConnectionAndRecordsEachCause()
            throws Exception {
        server = new FakeChatServer(r -> switch (r.earlier()) {
            case 0 -> new Error(429, "1");
            case 1 -> new Error(500, null);
            case 2 -> new Malformed();
            case 3 -> new Drop();
            default -> new Answer("B", Map.of("A", 0.2, "B", 0.7, "NA", 0.1), 0);
        });
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 1);
        JobSettings settings = LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()),
                "principle-ab-na", 1, 4, 5, 1000, 20);
        long job = jobs.start(new JobSettings(settings.campaignId(), settings.endpointId(), "principle-ab-na",
                settings.modelVersion(), 1, 0, 4, 5, 1000, 10_000_000, 0, 1, 20, false, 0, 0)).id();

        JobProgress done = fixtures.awaitEnd(job, Duration.ofSeconds(60));

        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.callsAnswered()).isEqualTo(21);
        assertThat(done.callsSent()).isEqualTo(21 * 5);
        List<AttemptFailure> failures = jobs.failures(job, 1000);
        assertThat(failures).hasSize(21 * 4);
        assertThat(failures).extracting(AttemptFailure::cause).anyMatch(c -> c.startsWith("HTTP 429"))
                .anyMatch(c -> c.startsWith("HTTP 500")).anyMatch(c -> c.contains("malformed JSON"))
                .anyMatch(c -> c.startsWith("connection failed"));
        List<FakeChatServer.Received> first = server.received().stream()
                .filter(r -> r.userText().equals(server.received().getFirst().userText())).toList();
        assertThat(Duration.ofNanos(first.get(1).atNanos() - first.get(0).atNanos()))
                .as("the retry after a 429 waits its Retry-After").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        ModelRaterId rater = judgments.ratersIn(campaign).getFirst().id();
        assertThat(judgments.judgments(campaign, rater)).hasSize(21).allSatisfy(j -> {
            var p = (PrincipleJudgment.Probabilities) j;
            assertThat(p.a()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(p.b()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(p.na()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        });
    }

    @Test
    void aServerSlowerThanTheTimeOutFailsTheCallAfterTheConfiguredRetriesAndResumingTriesItAgain() throws Exception {
        AtomicBoolean slow = new AtomicBoolean(true);
        server = new FakeChatServer(r -> new Answer("safe", null, slow.get() && r.userText().contains("Question 0?")
                ? 2500 : 0));
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 2);
        long job = jobs.start(LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()),
                "llama-guard-safety", 2, 1, 1, 100, 0)).id();

        JobProgress done = fixtures.awaitEnd(job, Duration.ofSeconds(60));

        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.callsFailed()).isEqualTo(2);
        assertThat(done.reason()).contains("2 calls failed");
        assertThat(jobs.failures(job, 100)).hasSize(4).allSatisfy(f -> assertThat(f.cause()).contains("time-out"));
        ModelRaterId rater = judgments.ratersIn(campaign).getFirst().id();
        assertThat(judgments.judgments(campaign, rater)).hasSize(1);

        slow.set(false);
        Map<String, Integer> before = server.countsByMessage();
        jobs.resume(job, 100, 10_000_000);
        JobProgress resumed = fixtures.awaitEnd(job, Duration.ofSeconds(30));

        assertThat(resumed.callsFailed()).isZero();
        assertThat(judgments.judgments(campaign, rater)).hasSize(2);
        server.countsByMessage().forEach((message, n) -> {
            if (!message.contains("Question 0?")) {
                assertThat(n).as("a finished call is not repeated").isEqualTo(before.get(message));
            }
        });
    }

    @Test
    void stopsBeforeExceedingTheBudgetInCallsAndResumesWithALargerOneWithoutRepeatingAFinishedCall()
            throws Exception {
        server = new FakeChatServer(r -> new Answer("NA", Map.of("A", 0.1, "B", 0.1, "NA", 0.8), 0));
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 5);
        long job = jobs.start(LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()),
                "pairwise-better", 1, 0, 5, 3, 5)).id();

        JobProgress stopped = fixtures.awaitEnd(job, Duration.ofSeconds(30));

        assertThat(stopped.status()).isEqualTo(JobStatus.BUDGET);
        assertThat(stopped.callsSent()).isEqualTo(3);
        assertThat(server.received()).hasSize(3);
        assertThat(stopped.callsAnswered()).isEqualTo(3);

        jobs.resume(job, 10, 10_000_000);
        JobProgress done = fixtures.awaitEnd(job, Duration.ofSeconds(30));

        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.callsSent()).isEqualTo(10);
        assertThat(server.countsByMessage().values()).hasSize(10).containsOnly(1);
        ModelRaterId rater = judgments.ratersIn(campaign).getFirst().id();
        assertThat(judgments.judgments(campaign, rater)).hasSize(10).allSatisfy(j -> assertThat(
                ((PairwiseJudgment.Probabilities) j).tie()).hasValueCloseTo(0.8, org.assertj.core.data.Offset
                .offset(1e-12)));
    }

    @Test
    void stopsBeforeExceedingTheBudgetInTokensCountingTheServersUsageAndResumesWithALargerOne() throws Exception {
        server = new FakeChatServer(r -> new Answer("A", null, 0));
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 5);
        JobSettings s = LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()), "pairwise-better", 1,
                0, 5, 1000, 0);
        long job = jobs.start(new JobSettings(s.campaignId(), s.endpointId(), s.templateKey(), s.modelVersion(), 1, 0,
                0, 5, 1000, 500, 0, 20, 0, false, 0, 0)).id();

        JobProgress stopped = fixtures.awaitEnd(job, Duration.ofSeconds(30));

        assertThat(stopped.status()).isEqualTo(JobStatus.BUDGET);
        assertThat(stopped.reason()).contains("budget in tokens");
        assertThat(stopped.callsSent()).isBetween(1L, 4L).isEqualTo(server.received().size());
        assertThat(stopped.tokensUsed()).as("the server's reported usage, 102 a call").isEqualTo(102 * stopped
                .callsSent()).isLessThanOrEqualTo(500);

        jobs.resume(job, 1000, 10_000);
        JobProgress done = fixtures.awaitEnd(job, Duration.ofSeconds(30));

        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.tokensUsed()).isEqualTo(102 * 10);
        assertThat(server.countsByMessage().values()).hasSize(10).containsOnly(1);
    }

    @Test
    void aCancelledJobKeepsItsStoredCallsAndResumesWhereItStopped() throws Exception {
        server = new FakeChatServer(r -> new Answer("A", null, 100));
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 20);
        long job = jobs.start(LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()),
                "pairwise-better", 2, 0, 5, 1000, 0)).id();
        while (jobs.progress(job).callsAnswered() < 4) {
            Thread.sleep(20);
        }
        jobs.cancel(job);
        JobProgress cancelled = fixtures.awaitEnd(job, Duration.ofSeconds(30));
        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(cancelled.callsAnswered()).isLessThan(40);

        jobs.resume(job, 1000, 10_000_000);
        JobProgress done = fixtures.awaitEnd(job, Duration.ofSeconds(60));

        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.callsAnswered()).isEqualTo(40);
        assertThat(server.countsByMessage().values()).hasSize(40).containsOnly(1);
    }

    @Test
    void sendsAtMostConcurrencyRequestsAtOnce() throws Exception {
        server = new FakeChatServer(r -> new Answer("A", null, 300));
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 8);
        long job = jobs.start(LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()),
                "pairwise-better", 3, 0, 5, 100, 0)).id();

        assertThat(fixtures.awaitEnd(job, Duration.ofSeconds(60)).callsAnswered()).isEqualTo(16);
        assertThat(server.maxInFlight()).as("requests the server handled at once").isBetween(2, 3);
    }

    @Test
    void spacesRequestStartsByTheRequestsPerMinuteLimit() throws Exception {
        server = new FakeChatServer(r -> new Answer("A", null, 0));
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 3);
        JobSettings s = LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()), "pairwise-better", 4,
                0, 5, 100, 0);
        long job = jobs.start(new JobSettings(s.campaignId(), s.endpointId(), s.templateKey(), s.modelVersion(), 4,
                240, 0, 5, 100, 10_000_000, 0, 20, 0, false, 0, 0)).id();

        assertThat(fixtures.awaitEnd(job, Duration.ofSeconds(60)).callsAnswered()).isEqualTo(6);
        List<Long> at = server.received().stream().map(FakeChatServer.Received::atNanos).sorted().toList();
        // from the second arrival on: the first one also waited for its connection to be opened
        assertThat(Duration.ofNanos(at.getLast() - at.get(1))).as("starts at 240 a minute: gaps of 250 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(4 * 250 - 100));
    }

    @Test
    void theApiKeyGoesOnlyInTheAuthorizationHeaderNeverIntoTheDatabasePlainAFailureOrTheLog(CapturedOutput output)
            throws Exception {
        server = new FakeChatServer(r -> r.earlier() == 0 ? new Error(401, null) : new Answer("A", null, 0));
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 1);
        long endpoint = fixtures.endpoint(server.baseUrl());
        long job = jobs.start(LiveJudgeFixtures.settings(campaign, endpoint, "pairwise-better", 1, 2, 5, 100, 0)).id();
        fixtures.awaitEnd(job, Duration.ofSeconds(30));
        ConnectionCheck refused = jobs.testConnection(endpoint);
        ConnectionCheck connected = jobs.testConnection(endpoint);

        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).contains("401").doesNotContain(LiveJudgeFixtures.API_KEY);
        assertThat(connected.ok()).as(connected.message()).isTrue();
        assertThat(connected.message()).contains("the model answered 'A'", "log-probabilities not offered");

        assertThat(server.received()).isNotEmpty().allSatisfy(r -> assertThat(r.authorization())
                .isEqualTo("Bearer " + LiveJudgeFixtures.API_KEY));
        assertThat(jobs.failures(job, 100)).isNotEmpty().allSatisfy(f -> assertThat(f.cause())
                .doesNotContain(LiveJudgeFixtures.API_KEY));
        assertThat(jdbc.queryForList("select api_key_cipher from judge_endpoint where id = ?", String.class, endpoint))
                .singleElement().satisfies(cipher -> assertThat(cipher).isNotBlank()
                        .doesNotContain(LiveJudgeFixtures.API_KEY));
        assertThat(jobs.endpoints()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(LiveJudgeFixtures.API_KEY));
        assertThat(output.getAll()).doesNotContain(LiveJudgeFixtures.API_KEY);
    }

    @Test
    void aKeyNamedByAnEnvironmentVariableIsReadWhenTheJobRunsAndAMissingOneFailsTheJobResumably() throws Exception {
        String variable = System.getenv().keySet().stream().filter(k -> k.matches("[A-Za-z_][A-Za-z0-9_]*")
                && System.getenv(k).matches("[\\x21-\\x7e]{1,200}")).sorted().findFirst().orElseThrow();
        server = new FakeChatServer(r -> new Answer("A", null, 0));
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 1);
        EndpointSummary fromEnv = jobs.saveEndpoint(new EndpointSettings(TestUsers.uniqueName("env-ep"),
                server.baseUrl(), "m", "test server", variable, null));
        assertThat(fromEnv.keySource()).isEqualTo("environment variable " + variable);
        long job = jobs.start(LiveJudgeFixtures.settings(campaign, fromEnv.id(), "pairwise-better", 1, 0, 5, 100, 0))
                .id();
        assertThat(fixtures.awaitEnd(job, Duration.ofSeconds(30)).status()).isEqualTo(JobStatus.DONE);
        assertThat(server.received()).allSatisfy(r -> assertThat(r.authorization())
                .isEqualTo("Bearer " + System.getenv(variable)));

        CampaignId other = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 1);
        EndpointSummary unset = jobs.saveEndpoint(new EndpointSettings(TestUsers.uniqueName("unset-ep"),
                server.baseUrl(), "m", "test server", "LATITUDE_TEST_KEY_THAT_IS_NOT_SET", null));
        long failing = jobs.start(LiveJudgeFixtures.settings(other, unset.id(), "pairwise-better", 1, 0, 5, 100, 0))
                .id();
        JobProgress failed = fixtures.awaitEnd(failing, Duration.ofSeconds(30));
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.reason()).contains("LATITUDE_TEST_KEY_THAT_IS_NOT_SET", "is not set");
        assertThat(failed.resumable()).isTrue();
    }

    @Test
    void aServerThatLeavesOutOptionalFieldsIsStillReadAndTheTokenEstimateIsCountedForIt() throws Exception {
        server = new FakeChatServer(r -> new FakeChatServer.Raw(r.userText().contains("Question 0?")
                ? "{\"choices\": [{\"message\": {\"content\": \" B \"}, \"logprobs\": null}], \"timings\": {\"ms\": 3}}"
                : "{\"choices\": [{\"text\": \"A\"}]}"));
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 2);
        long job = jobs.start(LiveJudgeFixtures.settings(campaign, fixtures.endpoint(server.baseUrl()),
                "pairwise-better", 1, 0, 5, 100, 5)).id();

        JobProgress done = fixtures.awaitEnd(job, Duration.ofSeconds(30));

        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.callsAnswered()).isEqualTo(4);
        assertThat(done.callsUnparseable()).isZero();
        assertThat(done.tokensUsed()).as("no usage reported: the estimate counts").isPositive();
        ModelRaterId rater = judgments.ratersIn(campaign).getFirst().id();
        assertThat(judgments.judgments(campaign, rater)).hasSize(4).allSatisfy(j -> assertThat(j)
                .isInstanceOf(PairwiseJudgment.Choice.class));
    }

    @Test
    void theCostEstimateCountsCallsAndTokensBeforeTheJobStarts() {
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 4);
        long endpoint = fixtures.endpoint("http://127.0.0.1:9/v1");
        JobSettings principle = new JobSettings(campaign, endpoint, "principle-ab-na", null, 1, 0, 0, 5, 100,
                1_000_000, 0, 1, 20, true, 2.5, 10);

        CostEstimate estimate = jobs.estimate(principle);

        assertThat(estimate.units()).isEqualTo(4 * 21);
        assertThat(estimate.calls()).isEqualTo(4 * 21 * 2);
        assertThat(estimate.completionTokens()).isEqualTo(4 * 21 * 2);
        assertThat(estimate.promptTokens()).isGreaterThan(4 * 21 * 2 * 50);
        assertThat(estimate.cost()).isEqualTo((estimate.promptTokens() * 2.5 + estimate.completionTokens() * 10)
                / 1e6);
        assertThat(estimate.withinBudget()).isFalse();
    }
}
