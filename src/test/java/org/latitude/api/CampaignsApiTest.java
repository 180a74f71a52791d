package org.latitude.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latitude.campaign.TaskType;
import org.latitude.security.ApiScope;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.ApiClient;
import org.latitude.testsupport.ApiClients;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * /api/v1/campaigns: an admin creates, configures, staffs, starts, pauses and closes a campaign and reads its
 * progress; an annotator sees only their own campaigns and progress; a narrower token or no token is refused.
 */
@LatitudeSpringTest
class CampaignsApiTest {

    @Autowired
    ApiClients clients;
    @Autowired
    UserAccountService accounts;
    @Autowired
    TestCampaigns campaigns;

    @Test
    void anAdminRunsACampaignThroughItsLifecycle() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "api-member", Role.ANNOTATOR);
        long dataset = campaigns.dataset(4, false);
        long taxonomy = ((org.latitude.campaign.SafetyLabelTask) campaigns.settings(TaskType.SAFETY_LABEL, dataset, 1)
                .task()).taxonomyVersionId();
        ApiClient api = clients.admin(ApiScope.ADMIN);
        HttpResponse<String> created = api.post("/api/v1/campaigns", """
                {"name": "%s", "taskType": "SAFETY_LABEL", "taxonomyVersionId": %d, "datasetIds": [%d], "overlap": 1}
                """.formatted(TestUsers.uniqueName("api-campaign"), taxonomy, dataset));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode campaign = ApiClient.json(created);
        long id = campaign.get("id").asLong();
        assertThat(campaign.get("status").asString()).isEqualTo("DRAFT");
        assertThat(campaign.get("leaseMinutes").asInt()).isEqualTo(30);

        JsonNode changed = ApiClient.json(api.send(api.request("/api/v1/campaigns/" + id)
                .header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"leaseMinutes\": 45}"))));
        assertThat(changed.get("leaseMinutes").asInt()).isEqualTo(45);
        assertThat(changed.get("overlap").asInt()).as("unchanged").isEqualTo(1);
        assertThat(ApiClient.json(api.put("/api/v1/campaigns/" + id + "/members", "{\"userIds\": [" + ann.id()
                + "]}")).get("memberIds").toString()).isEqualTo("[" + ann.id() + "]");
        assertThat(ApiClient.json(api.post("/api/v1/campaigns/" + id + "/activate", "")).get("status").asString())
                .isEqualTo("ACTIVE");
        JsonNode progress = ApiClient.json(api.get("/api/v1/campaigns/" + id + "/progress"));
        assertThat(progress.get("items").asLong()).isEqualTo(4);
        assertThat(progress.get("annotationsNeeded").asLong()).isEqualTo(4);
        assertThat(progress.get("annotators").get(0).get("userId").asLong()).isEqualTo(ann.id());
        assertThat(progress.get("annotators").get(0).get("medianSecondsPerItem").isNull()).isTrue();
        assertThat(ApiClient.json(api.post("/api/v1/campaigns/" + id + "/pause", "")).get("status").asString())
                .isEqualTo("PAUSED");
        assertThat(ApiClient.json(api.post("/api/v1/campaigns/" + id + "/close", "")).get("status").asString())
                .isEqualTo("CLOSED");
        HttpResponse<String> again = api.post("/api/v1/campaigns/" + id + "/activate", "");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(again).get("problems").get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void invalidSettingsAreRefusedFieldByField() throws Exception {
        ApiClient api = clients.admin(ApiScope.ADMIN);
        HttpResponse<String> refused = api.post("/api/v1/campaigns", "{\"name\": \"\", \"overlap\": 0}");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problems = ApiClient.json(refused).get("problems");
        assertThat(problems.valueStream().map(p -> p.path("field").asString(""))).contains("name", "overlap");
        HttpResponse<String> malformed = api.post("/api/v1/campaigns", "{\"name\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void anAnnotatorSeesOnlyTheirOwnCampaignsAndProgress() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "api-own", Role.ANNOTATOR);
        UserSummary other = TestUsers.create(accounts, "api-other", Role.ANNOTATOR);
        CampaignId mine = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of(ann.id()));
        CampaignId theirs = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of(other.id()));
        ApiClient api = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        JsonNode listed = ApiClient.json(api.get("/api/v1/campaigns"));
        assertThat(listed.valueStream().map(c -> c.get("id").asLong())).containsExactly(mine.value());
        assertThat(listed.get(0).get("memberCount").isNull()).isTrue();
        assertThat(ApiClient.json(api.get("/api/v1/campaigns/" + mine + "/my-progress")).get("remaining").asLong())
                .isEqualTo(2);
        for (String path : List.of("/api/v1/campaigns/" + theirs, "/api/v1/campaigns/" + mine,
                "/api/v1/campaigns/" + theirs + "/progress", "/api/v1/campaigns/" + mine + "/progress",
                "/api/v1/campaigns/" + theirs + "/my-progress")) {
            HttpResponse<String> refused = api.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(ApiClient.json(refused).get("type").asString()).endsWith("/forbidden");
        }
    }

    @Test
    void changesNeedTheAdminScopeEvenForAnAdmin() throws Exception {
        CampaignId campaign = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 1, 1, List.of());
        ApiClient reader = clients.admin(ApiScope.CAMPAIGNS_READ);
        assertThat(reader.get("/api/v1/campaigns/" + campaign).statusCode()).isEqualTo(200);
        for (String path : List.of("/api/v1/campaigns", "/api/v1/campaigns/" + campaign + "/pause",
                "/api/v1/campaigns/" + campaign + "/close")) {
            ApiClients.assertNeedsScope(reader.post(path, "{}"), ApiScope.ADMIN);
            assertThat(clients.anonymous().post(path, "{}").statusCode()).isEqualTo(401);
        }
        assertThat(clients.anonymous().get("/api/v1/campaigns").statusCode()).isEqualTo(401);
    }

    @Test
    void taxonomyVersionsAreReadableByAnyTokenButPresetsAreInstalledOnlyWithTheAdminScope() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "api-tax", Role.ANNOTATOR);
        ApiClient annotator = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        ApiClient admin = clients.admin(ApiScope.ADMIN);
        JsonNode installed = ApiClient.json(admin.post("/api/v1/taxonomies/presets/aegis-2.0.json", ""));
        assertThat(installed.get("status").asString()).isIn("CREATED", "UNCHANGED");
        JsonNode versions = ApiClient.json(annotator.get("/api/v1/taxonomies?key=aegis-2.0"));
        assertThat(versions.get(0).get("versionId").asLong()).isEqualTo(installed.get("id").asLong());
        assertThat(annotator.post("/api/v1/taxonomies/presets/aegis-2.0.json", "").statusCode()).isEqualTo(403);
        assertThat(annotator.get("/api/v1/taxonomies/presets").statusCode()).isEqualTo(403);
        assertThat(clients.anonymous().get("/api/v1/taxonomies").statusCode()).isEqualTo(401);
    }
}
