package org.latitude.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latitude.security.ApiScope;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.testsupport.ApiClient;
import org.latitude.testsupport.ApiClients;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * /api/v1/datasets: upload through the importers (all or nothing, the problems by line in a problem detail),
 * idempotent uploads, listing, item pages by cursor, and who may do it.
 */
@LatitudeSpringTest
class DatasetsApiTest {

    @Autowired
    ApiClients clients;
    static final String GOOD = """
            {"id": "ex-1", "prompt": "How do I keep basil fresh?", "response": "Stand it in a glass of water."}
            {"id": "ex-2", "prompt": "Is this safe to eat?", "response": null}
            {"id": "pair-1", "prompt": "Who should I vote for?", "response_a": "Compare positions.", "response_b": "Green."}
            """;

    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin() {
        return clients.admin(ApiScope.DATASETS_WRITE);
    }

    @Test
    void anUploadedFileBecomesADatasetWithItsReportAndIsListed() throws Exception {
        String name = TestUsers.uniqueName("api-ds");
        HttpResponse<String> created = admin().upload("/api/v1/datasets", Map.of("name", name,
                "format", "GENERIC_JSONL"), "basil.jsonl", GOOD, null);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode report = ApiClient.json(created);
        assertThat(report.get("imported").asBoolean()).isTrue();
        assertThat(report.get("exchanges").asLong()).isEqualTo(2);
        assertThat(report.get("pairs").asLong()).isEqualTo(1);
        long id = report.get("datasetId").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/datasets/" + id);
        JsonNode listed = ApiClient.json(admin().get("/api/v1/datasets"));
        assertThat(listed.valueStream().map(d -> d.get("name").asString())).contains(name);
        JsonNode one = ApiClient.json(admin().get("/api/v1/datasets/" + id));
        assertThat(one.get("itemCount").asLong()).isEqualTo(3);
        assertThat(one.get("sourceFile").asString()).isEqualTo("basil.jsonl");
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithEveryProblemsLine() throws Exception {
        String name = TestUsers.uniqueName("api-bad");
        String bad = GOOD + "{\"id\": \"ex-4\"}\nnot json\n";
        HttpResponse<String> refused = admin().upload("/api/v1/datasets", Map.of("name", name,
                "format", "GENERIC_JSONL"), "bad.jsonl", bad, null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(refused);
        assertThat(problem.get("type").asString()).endsWith("/import-rejected");
        JsonNode report = problem.get("report");
        assertThat(report.get("imported").asBoolean()).isFalse();
        assertThat(report.get("problems").valueStream().map(p -> p.get("line").asLong())).containsExactly(4L, 5L);
        assertThat(jdbc.queryForObject("select count(*) from dataset where name = ?", Integer.class, name)).isZero();
    }

    @Test
    void anUploadRepeatedWithItsIdempotencyKeyIsAnsweredFromTheFirstAndStoredOnce() throws Exception {
        String name = TestUsers.uniqueName("api-idem");
        ApiClient api = admin();
        String key = java.util.UUID.randomUUID().toString();
        HttpResponse<String> first = api.upload("/api/v1/datasets", Map.of("name", name), "a.jsonl", GOOD, key);
        HttpResponse<String> again = api.upload("/api/v1/datasets", Map.of("name", name), "a.jsonl", GOOD, key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(jdbc.queryForObject("select count(*) from dataset where name = ?", Integer.class, name)).isOne();
        HttpResponse<String> other = api.upload("/api/v1/datasets", Map.of("name", name + "-b"), "a.jsonl", GOOD, key);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(other).get("type").asString()).endsWith("/idempotency-key-reused");
        // without a key the same upload is a new request: refused, the name is taken
        HttpResponse<String> unkeyed = api.upload("/api/v1/datasets", Map.of("name", name), "a.jsonl", GOOD, null);
        assertThat(unkeyed.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(unkeyed).get("detail").asString()).contains("already exists");
    }

    @Test
    void itemsArePagedByCursorInFileOrderUntilTheLastPage() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            jsonl.append("{\"id\": \"it-%d\", \"prompt\": \"Q%d\", \"response\": \"A%d\"}\n".formatted(i, i, i));
        }
        ApiClient api = admin();
        long id = ApiClient.json(api.upload("/api/v1/datasets", Map.of("name", TestUsers.uniqueName("api-page")),
                "seven.jsonl", jsonl.toString(), null)).get("datasetId").asLong();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ApiClient.json(api.get("/api/v1/datasets/" + id + "/items?limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("items").valueStream().forEach(item -> seen.add(item.get("externalId").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("it-0", "it-1", "it-2", "it-3", "it-4", "it-5", "it-6");
        JsonNode first = ApiClient.json(api.get("/api/v1/datasets/" + id + "/items?limit=1")).get("items").get(0);
        assertThat(first.get("turns").get(1).get("content").asString()).isEqualTo("A0");
        HttpResponse<String> forged = api.get("/api/v1/datasets/" + id + "/items?cursor=12");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(forged).get("type").asString()).endsWith("/bad-cursor");
    }

    @Test
    void anAnnotatorAndAnAnonymousCallerCannotReachDatasets() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "api-ds-ann", Role.ANNOTATOR);
        ApiClient annotator = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ,
                ApiScope.ANNOTATIONS_READ, ApiScope.REPORTS_READ);
        for (String path : List.of("/api/v1/datasets", "/api/v1/datasets/1", "/api/v1/datasets/1/items")) {
            ApiClients.assertNeedsScope(annotator.get(path), ApiScope.DATASETS_WRITE);
            assertThat(clients.anonymous().get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(annotator.upload("/api/v1/datasets", Map.of("name", "x"), "a.jsonl", GOOD, null).statusCode())
                .isEqualTo(403);
        assertThat(clients.anonymous().upload("/api/v1/datasets", Map.of("name", "x"), "a.jsonl", GOOD, null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void everyUploadIsAuditedWithItsTokenAndStatus() throws Exception {
        ApiClient api = admin();
        api.upload("/api/v1/datasets", Map.of("name", TestUsers.uniqueName("api-audit")), "a.jsonl", GOOD, null);
        String prefix = api.token().substring(0, 12);
        // written when the request has ended, which may be just after the client has the response
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(jdbc.queryForList("select detail from audit_entry where action = 'api.request' and "
                        + "target = 'POST /api/v1/datasets'", String.class))
                        .contains("token " + prefix + "…, status 201"));
    }
}
