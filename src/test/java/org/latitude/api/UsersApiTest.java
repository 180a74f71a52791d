package org.latitude.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/** /api/v1/users: admins list, create, disable and re-role users under the screen's rules; nobody else may. */
@LatitudeSpringTest
class UsersApiTest {

    @Autowired
    ApiClients clients;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void anAdminCreatesDisablesAndPromotesAUser() throws Exception {
        ApiClient api = clients.admin(ApiScope.ADMIN);
        String name = TestUsers.uniqueName("api-user");
        HttpResponse<String> created = api.post("/api/v1/users", """
                {"username": "%s", "displayName": "Api User", "roles": ["ANNOTATOR"],
                 "initialPassword": "a-long-enough-passphrase-42"}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode user = ApiClient.json(created);
        assertThat(user.has("passwordHash")).isFalse();
        long id = user.get("id").asLong();
        assertThat(ApiClient.json(api.get("/api/v1/users")).valueStream().map(u -> u.get("username").asString()))
                .contains(name);
        assertThat(ApiClient.json(api.put("/api/v1/users/" + id + "/enabled", "{\"enabled\": false}"))
                .get("enabled").asBoolean()).isFalse();
        assertThat(ApiClient.json(api.put("/api/v1/users/" + id + "/roles", "{\"roles\": [\"ADMIN\", \"ANNOTATOR\"]}"))
                .get("roles").size()).isEqualTo(2);
        HttpResponse<String> weak = api.post("/api/v1/users", """
                {"username": "%s", "roles": ["ANNOTATOR"], "initialPassword": "short"}""".formatted(name + "-w"));
        assertThat(weak.statusCode()).isEqualTo(422);
    }

    @Test
    void anAdminCannotDisableThemselvesThroughTheApiEither() throws Exception {
        ApiClient api = clients.admin(ApiScope.ADMIN);
        long me = ApiClient.json(api.get("/api/v1/me")).get("id").asLong();
        HttpResponse<String> refused = api.put("/api/v1/users/" + me + "/enabled", "{\"enabled\": false}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(refused).get("detail").asString()).contains("your own account");
    }

    @Test
    void annotatorsNarrowAdminTokensAndAnonymousCallersCannotManageUsers() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "api-users-ann", Role.ANNOTATOR);
        ApiClient annotator = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ,
                ApiScope.ANNOTATIONS_READ, ApiScope.REPORTS_READ);
        ApiClient narrowAdmin = clients.of(LatitudeSpringTest.ADMIN,
                ApiScope.DATASETS_WRITE, ApiScope.JUDGMENTS_WRITE, ApiScope.CAMPAIGNS_READ);
        for (ApiClient client : List.of(annotator, narrowAdmin)) {
            ApiClients.assertNeedsScope(client.get("/api/v1/users"), ApiScope.ADMIN);
            assertThat(client.put("/api/v1/users/" + ann.id() + "/roles", "{\"roles\": [\"ADMIN\"]}").statusCode())
                    .isEqualTo(403);
        }
        assertThat(clients.anonymous().get("/api/v1/users").statusCode()).isEqualTo(401);
        TestUsers.asAdmin(users, () -> assertThat(accounts.findByUsername(ann.username()).orElseThrow().roles())
                .containsExactly(Role.ANNOTATOR));
    }
}
