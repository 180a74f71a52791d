package org.latitude.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.latitude.campaign.TaskType;
import org.latitude.judge.EndpointSettings;
import org.latitude.judge.JudgeJobs;
import org.latitude.security.ApiScope;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.ApiClient;
import org.latitude.testsupport.ApiClients;
import org.latitude.testsupport.FakeChatServer;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Model judgments over the API: a judgment file is imported whole or refused by line, a re-import changes nothing;
 * a live-judge job starts once per Idempotency-Key, reports its status and can be cancelled; none of it is open to
 * an annotator's token or to anonymous callers.
 */
@LatitudeSpringTest
class JudgmentsApiTest {

    @Autowired
    ApiClients clients;
    static final String JUDGMENTS = """
            {"item_id": "x-0", "prompt_verdict": "unsafe", "response_verdict": "safe", "categories": ["S1"]}
            {"item_id": "x-1", "prompt_verdict": "safe", "response_verdict": "safe"}
            """;

    @Autowired
    UserAccountService accounts;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JudgeJobs jobs;

    ApiClient admin() {
        return clients.admin(ApiScope.JUDGMENTS_WRITE);
    }

    static Map<String, String> rater(String name) {
        return Map.of("format", "SAFETY_JSONL", "raterName", name, "modelVersion", "1.0", "provider", "test",
                "promptTemplate", "file", "promptTemplateVersion", "1", "runDate", "2026-11-30", "decoding", "temperature=0");
    }

    @Test
    void aJudgmentFileIsImportedOnceAndABadOneIsRefusedByLine() throws Exception {
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of());
        ApiClient api = admin();
        String path = "/api/v1/campaigns/" + campaign + "/judgments";
        String model = TestUsers.uniqueName("model");
        HttpResponse<String> imported = api.upload(path, rater(model), "j.jsonl", JUDGMENTS, null);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(ApiClient.json(imported).get("judgments").asLong()).isEqualTo(2);
        HttpResponse<String> again = api.upload(path, rater(model), "j.jsonl", JUDGMENTS, null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(again).get("outcome").asString()).isEqualTo("ALREADY_IMPORTED");
        HttpResponse<String> bad = api.upload(path, rater(TestUsers.uniqueName("model")), "bad.jsonl",
                JUDGMENTS + "{\"item_id\": \"no-such-item\", \"prompt_verdict\": \"safe\"}\n", null);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(bad).get("report").get("problems").get(0).get("line").asLong()).isEqualTo(3);
        JsonNode batches = ApiClient.json(api.get(path + "/batches"));
        assertThat(batches.size()).isEqualTo(1);
        assertThat(batches.get(0).get("judgments").asLong()).isEqualTo(2);
    }

    @Test
    void aJobStartsOncePerIdempotencyKeyReportsItsStatusAndIsCancelled() throws Exception {
        try (FakeChatServer server = new FakeChatServer(r -> new FakeChatServer.Answer("safe", null, 2_000))) {
            CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 20, 1, List.of());
            long endpoint = SystemIdentity.callAsSystem(() -> jobs.saveEndpoint(new EndpointSettings(
                    TestUsers.uniqueName("ep"), server.baseUrl(), "test-model", "test server", null,
                    "sk-test-secret-key-123")).id());
            ApiClient api = admin();
            assertThat(ApiClient.json(api.get("/api/v1/judge/endpoints")).toString()).contains("test-model")
                    .doesNotContain("sk-test-secret");
            String body = """
                    {"campaignId": %d, "endpointId": %d, "templateKey": "llama-guard-safety", "concurrency": 1,
                     "maxRetries": 0, "timeoutSeconds": 30, "topLogprobs": 0}""".formatted(campaign.value(), endpoint);
            String key = UUID.randomUUID().toString();
            HttpResponse<String> started = api.send(api.request("/api/v1/judge/jobs")
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            long job = ApiClient.json(started).get("id").asLong();
            HttpResponse<String> retried = api.send(api.request("/api/v1/judge/jobs")
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
            assertThat(ApiClient.json(retried).get("id").asLong()).isEqualTo(job);
            assertThat(ApiClient.json(api.get("/api/v1/judge/campaigns/" + campaign + "/jobs")).size()).isOne();
            assertThat(ApiClient.json(api.get("/api/v1/judge/jobs/" + job)).get("status").asString())
                    .isIn("QUEUED", "RUNNING");
            assertThat(ApiClient.json(api.post("/api/v1/judge/jobs/" + job + "/cancel", "")).get("status")
                    .asString()).isEqualTo("CANCELLED");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ApiClient.json(
                    api.get("/api/v1/judge/jobs/" + job)).get("status").asString().equals("CANCELLED"));
        }
    }

    @Test
    void anAnnotatorsTokenAndAnonymousCallersReachNoJudgments() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "api-judge-ann", Role.ANNOTATOR);
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of(ann.id()));
        ApiClient annotator = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ,
                ApiScope.ANNOTATIONS_READ, ApiScope.REPORTS_READ);
        for (String path : List.of("/api/v1/campaigns/" + campaign + "/judgments/batches", "/api/v1/judge/endpoints",
                "/api/v1/judge/templates", "/api/v1/judge/campaigns/" + campaign + "/jobs", "/api/v1/judge/jobs/1")) {
            ApiClients.assertNeedsScope(annotator.get(path), ApiScope.JUDGMENTS_WRITE);
            assertThat(clients.anonymous().get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(annotator.upload("/api/v1/campaigns/" + campaign + "/judgments", rater("m"), "j.jsonl", JUDGMENTS,
                null).statusCode()).isEqualTo(403);
        assertThat(annotator.post("/api/v1/judge/jobs", "{}").statusCode()).isEqualTo(403);
    }
}
