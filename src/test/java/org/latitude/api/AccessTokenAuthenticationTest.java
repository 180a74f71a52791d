package org.latitude.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.latitude.security.AccessTokens;
import org.latitude.security.ApiScope;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Personal access tokens over HTTP: a valid token acts as its user; a missing, unknown, revoked or expired token, a
 * disabled user's and a demoted admin's are refused with a 401 problem; a browser session grants nothing on the API;
 * a token's requests are rate limited.
 */
@LatitudeSpringTest
class AccessTokenAuthenticationTest {

    @Autowired
    ApiClients clients;
    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccessTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aValidTokenActsAsItsUserAndRecordsItsLastUse() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "tok-ok", Role.ANNOTATOR);
        ApiClient api = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        HttpResponse<String> me = api.get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.json(me);
        assertThat(body.get("username").asString()).isEqualTo(ann.username());
        assertThat(body.get("roles").toString()).isEqualTo("[\"ANNOTATOR\"]");
        assertThat(body.get("scopes").toString()).isEqualTo("[\"campaigns:read\"]");
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jdbc.queryForObject("select last_used_at from api_token where token_hash = ?", Timestamp.class,
                sha256(api.token()))).isNotNull();
    }

    @Test
    void onlyTheHashOfATokenIsStored() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "tok-hash", Role.ANNOTATOR);
        ApiClient api = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        assertThat(api.token()).startsWith("lat_").hasSize(47);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_prefix = ?",
                Integer.class, api.token(), api.token())).isZero();
        assertThat(jdbc.queryForObject("select token_prefix from api_token where token_hash = ?", String.class,
                sha256(api.token()))).isEqualTo(api.token().substring(0, 12));
    }

    @Test
    void withoutATokenTheApiAnswers401WithAProblemDetail() throws Exception {
        HttpResponse<String> response = clients.anonymous().get("/api/v1/me");
        assertUnauthorized(response, "needs a personal access token");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void anUnknownOrMalformedTokenIsRefused() throws Exception {
        assertUnauthorized(new ApiClient(port, "lat_" + "A".repeat(43)).get("/api/v1/me"), "not known");
        assertUnauthorized(new ApiClient(port, "not-a-token").get("/api/v1/me"), "not known");
        assertUnauthorized(clients.anonymous().send(clients.anonymous().request("/api/v1/me")
                .header("Authorization", "Basic YWRtaW46eA==")), "Bearer");
    }

    @Test
    void aRevokedTokenIsRefusedFromItsNextRequest() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "tok-rev", Role.ANNOTATOR);
        ApiClient api = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(200);
        TestUsers.signIn(users, ann.username());
        try {
            tokens.revoke(tokens.mine().getFirst().id());
        } finally {
            TestUsers.signOut();
        }
        assertUnauthorized(api.get("/api/v1/me"), "revoked");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "tok-exp", Role.ANNOTATOR);
        ApiClient api = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        jdbc.update("update api_token set expires_at = ? where token_hash = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), sha256(api.token()));
        assertUnauthorized(api.get("/api/v1/me"), "expired");
    }

    @Test
    void aDisabledUsersTokenStopsWorkingAtOnceAndWorksAgainWhenEnabled() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "tok-dis", Role.ANNOTATOR);
        ApiClient api = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        TestUsers.asAdmin(users, () -> accounts.setEnabled(ann.id(), false));
        assertUnauthorized(api.get("/api/v1/me"), "disabled");
        TestUsers.asAdmin(users, () -> accounts.setEnabled(ann.id(), true));
        assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminTokenStopsWorkingWhenItsUserIsNoLongerAdmin() throws Exception {
        UserSummary admin = TestUsers.create(accounts, "tok-demoted", Role.ADMIN, Role.ANNOTATOR);
        ApiClient api = clients.of(admin.username(), ApiScope.ADMIN);
        assertThat(ApiClient.json(api.get("/api/v1/me")).get("roles").toString()).contains("ADMIN");
        TestUsers.asAdmin(users, () -> accounts.setRoles(admin.id(), Set.of(Role.ANNOTATOR)));
        assertUnauthorized(api.get("/api/v1/me"), "needs the role ADMIN");
    }

    @Test
    void aBrowserSessionCookieGrantsNothingOnTheApi() throws Exception {
        FormLoginClient browser = new FormLoginClient(port, null, java.util.Map.of());
        browser.signIn(LatitudeSpringTest.ADMIN, LatitudeSpringTest.ADMIN_PASSWORD);
        HttpResponse<String> response = browser.get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aTokenWithoutTheEndpointsScopeIsRefusedWith403NamingTheScope() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "tok-scope", Role.ANNOTATOR);
        ApiClient api = clients.of(ann.username(), ApiScope.ANNOTATIONS_READ);
        HttpResponse<String> response = api.get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("requiredScope").asString()).isEqualTo("campaigns:read");
        assertThat(problem.get("detail").asString()).contains("campaigns:read").contains("annotations:read");
    }

    @Test
    void aTokenSendingMoreThanTheLimitIsToldToWait() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "tok-rate", Role.ANNOTATOR);
        ApiClient api = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        for (int i = 0; i < 120; i++) {
            assertThat(api.get("/api/v1/me").statusCode()).as("request %d", i + 1).isEqualTo(200);
        }
        HttpResponse<String> refused = api.get("/api/v1/me");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
        assertThat(ApiClient.json(refused).get("detail").asString()).contains("120 requests");
        // another token of the same user has its own allowance
        ApiClient other = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        assertThat(other.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownApiAddressAnswers404AsAProblem() throws Exception {
        UserSummary ann = TestUsers.create(accounts, "tok-404", Role.ANNOTATOR);
        ApiClient api = clients.of(ann.username(), ApiScope.CAMPAIGNS_READ);
        HttpResponse<String> response = api.get("/api/v1/no-such-thing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(response).get("type").asString()).endsWith("/not-found");
    }

    private static void assertUnauthorized(HttpResponse<String> response, String detail) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
