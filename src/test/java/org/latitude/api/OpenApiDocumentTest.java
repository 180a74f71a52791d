package org.latitude.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.testsupport.ApiClient;
import org.latitude.testsupport.ApiClients;
import org.latitude.testsupport.FormLoginClient;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is generated from the code at /api/v1/openapi.json and checked in as docs/api/openapi.json:
 * every run writes it (commit the result); under {@code CI=true} a checked-in document that differs fails, so an API
 * change shows in review. Every operation names its scope; the browsable docs page is for admins only.
 */
@LatitudeSpringTest
class OpenApiDocumentTest {

    @Autowired
    ApiClients clients;
    static final Path CHECKED_IN = Path.of("docs", "api", "openapi.json");

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;

    @Test
    void theDocumentDescribesEveryEndpointWithItsScopeAndIsUpToDate() throws Exception {
        HttpResponse<String> response = clients.anonymous().get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        String generated = response.body().replace("\r\n", "\n").strip() + "\n";
        String before = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN, StandardCharsets.UTF_8) : "";
        Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);

        JsonNode document = ApiClient.json(response);
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/");
        List<String> unscoped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!operation.getValue().has("x-required-scope")) {
                    unscoped.add(operation.getKey() + " " + path.getKey());
                }
                assertThat(operation.getValue().get("responses").has("401")).isTrue();
            }
        }
        assertThat(unscoped).as("operations without a declared scope").isEmpty();
        assertThat(document.get("paths").properties().stream().map(Map.Entry::getKey)).contains("/api/v1/datasets",
                "/api/v1/campaigns/{id}/activate", "/api/v1/judge/jobs", "/api/v1/users", "/api/v1/me");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(generated).as("docs/api/openapi.json is out of date with the API: run this test and commit "
                    + "the regenerated file").isEqualTo(before);
        }
    }

    @Test
    void theDocsPageIsForAdminsOnly() throws Exception {
        FormLoginClient admin = new FormLoginClient(port, null, Map.of());
        admin.signIn(LatitudeSpringTest.ADMIN, LatitudeSpringTest.ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("/admin/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(admin.get("/admin/api-docs").statusCode()).isBetween(200, 302);

        UserSummary ann = TestUsers.create(accounts, "docs-ann", Role.ANNOTATOR);
        FormLoginClient annotator = new FormLoginClient(port, null, Map.of());
        annotator.signIn(ann.username(), TestUsers.PASSWORD);
        assertThat(annotator.get("/admin/swagger-ui/index.html").statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = new FormLoginClient(port, null, Map.of()).get("/admin/swagger-ui/index.html");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
