package org.latitude.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.campaign.TaskType;
import org.latitude.security.ApiScope;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.AnnotatedCampaigns;
import org.latitude.testsupport.ApiClient;
import org.latitude.testsupport.ApiClients;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annotation exports over the API: an admin's token streams the Aegis consensus and the long form of a campaign
 * annotated through the services; an annotator's token — a member's included — cannot read anyone's labels.
 */
@LatitudeSpringTest
class ExportsApiTest {

    @Autowired
    ApiClients clients;
    static final String ITEMS = """
            {"id":"e-0","prompt":"First?","response":"One."}
            {"id":"e-1","prompt":"Second?","response":"Two."}
            """;

    @Autowired
    AnnotatedCampaigns annotated;
    @Autowired
    UserAccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    CampaignId campaign(List<UserSummary> annotators) {
        CampaignId id = annotated.annotated(TaskType.SAFETY_LABEL, ITEMS, annotators, (a, item) -> new SafetyAnswer(
                Verdict.SAFE, item.equals("e-0") ? Verdict.UNSAFE : Verdict.SAFE,
                item.equals("e-0") ? List.of("violence") : List.of(), null, null));
        TestUsers.signOut();
        return id;
    }

    @Test
    void anAdminsTokenStreamsTheConsensusAndTheLongForm() throws Exception {
        List<UserSummary> annotators = List.of(TestUsers.create(accounts, "api-exp-a", Role.ANNOTATOR),
                TestUsers.create(accounts, "api-exp-b", Role.ANNOTATOR));
        CampaignId campaign = campaign(annotators);
        ApiClient api = clients.admin(ApiScope.ANNOTATIONS_READ);
        JsonNode files = ApiClient.json(api.get("/api/v1/campaigns/" + campaign + "/exports"));
        assertThat(files.valueStream().map(f -> f.get("format").asString())).contains("AEGIS_CONSENSUS_JSONL",
                "SAFETY_LONG_JSONL", "SAFETY_LONG_CSV");

        HttpResponse<String> consensus = api.get("/api/v1/campaigns/" + campaign + "/exports/AEGIS_CONSENSUS_JSONL");
        assertThat(consensus.statusCode()).isEqualTo(200);
        assertThat(consensus.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/x-ndjson"));
        assertThat(consensus.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment").contains("consensus.aegis.jsonl"));
        List<String> lines = consensus.body().lines().toList();
        assertThat(lines).hasSize(2);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(lines.stream().map(json::readTree).map(n -> n.toString())).anySatisfy(l -> assertThat(l)
                .contains("e-0"));

        HttpResponse<String> longForm = api.get("/api/v1/campaigns/" + campaign + "/exports/SAFETY_LONG_JSONL");
        assertThat(longForm.body().lines().count()).as("item × annotator").isEqualTo(4);
        assertThat(longForm.body()).contains(annotators.get(0).username()).contains(annotators.get(1).username());

        HttpResponse<String> wrongTask = api.get("/api/v1/campaigns/" + campaign
                + "/exports/PREFERENCE_CONSENSUS_JSONL");
        assertThat(wrongTask.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(wrongTask).get("detail").asString()).contains("has no");
    }

    @Test
    void anAnnotatorsTokenCannotExportEvenTheirOwnCampaign() throws Exception {
        UserSummary member = TestUsers.create(accounts, "api-exp-m", Role.ANNOTATOR);
        CampaignId campaign = campaign(List.of(member));
        ApiClient api = clients.of(member.username(), ApiScope.ANNOTATIONS_READ,
                ApiScope.CAMPAIGNS_READ, ApiScope.REPORTS_READ);
        for (String path : List.of("/api/v1/campaigns/" + campaign + "/exports",
                "/api/v1/campaigns/" + campaign + "/exports/SAFETY_LONG_JSONL")) {
            HttpResponse<String> refused = api.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(member.username());
            assertThat(clients.anonymous().get(path).statusCode()).isEqualTo(401);
        }
        ApiClient narrow = clients.admin(ApiScope.CAMPAIGNS_READ);
        ApiClients.assertNeedsScope(narrow.get("/api/v1/campaigns/" + campaign + "/exports/SAFETY_LONG_JSONL"), ApiScope.ANNOTATIONS_READ);
    }
}
