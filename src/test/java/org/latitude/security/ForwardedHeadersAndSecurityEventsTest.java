package org.latitude.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.audit.AuditLog;
import org.latitude.audit.AuditRecord;
import org.latitude.testsupport.FormLoginClient;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-in over HTTP as a browser or a reverse proxy sends it. The test profile trusts 127.0.0.2 as a proxy: a client
 * connecting from there may say whom it forwards for (X-Forwarded-For) and that TLS was used (X-Forwarded-Proto);
 * from anywhere else these headers are ignored. The security event log records what happened and from where.
 */
@LatitudeSpringTest
class ForwardedHeadersAndSecurityEventsTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void forwardedForFromAnUntrustedClientIsIgnoredAndTheFailureIsAuditedWithTheRealAddress() throws Exception {
        UserSummary user = TestUsers.create(accounts, "spoof", Role.ANNOTATOR);
        FormLoginClient direct = new FormLoginClient(port, null, Map.of("X-Forwarded-For", "203.0.113.9"));
        assertThat(direct.signIn(user.username(), "not-the-password")).contains("/login?error");
        assertThat(events(user.username())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("login.failure");
            assertThat(e.actor()).isEqualTo("anonymous");
            assertThat(e.detail()).contains("from 127.0.0.1").doesNotContain("203.0.113.9");
        });
    }

    @Test
    void anAttackersGuessesBehindTheProxyMakeOnlyTheAttackerWaitAndEveryOutcomeIsAudited() throws Exception {
        UserSummary user = TestUsers.create(accounts, "target", Role.ANNOTATOR);
        FormLoginClient attacker = viaProxy("198.51.100.77");
        for (int i = 0; i < 6; i++) {
            assertThat(attacker.signIn(user.username(), "guess-" + i)).contains("/login?error");
        }
        // the attacker's address now waits even with the right password ...
        assertThat(attacker.signIn(user.username(), TestUsers.PASSWORD)).contains("/login?error");
        // ... while the rightful user, elsewhere, signs in at once
        FormLoginClient rightful = viaProxy("198.51.100.78");
        assertThat(rightful.signIn(user.username(), TestUsers.PASSWORD)).doesNotContain("error");
        rightful.signOut();

        List<AuditRecord> events = events(user.username());
        assertThat(events).filteredOn(e -> e.action().equals("login.failure")).hasSize(6)
                .allSatisfy(e -> assertThat(e.detail()).contains("from 198.51.100.77"));
        assertThat(events).filteredOn(e -> e.action().equals("login.throttled")).hasSize(1);
        assertThat(events).filteredOn(e -> e.action().equals("login.success")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("from 198.51.100.78"));
        assertThat(events).filteredOn(e -> e.action().equals("logout")).hasSize(1);
    }

    @Test
    void behindTheTrustedProxyOverTlsTheSessionCookieIsSecureAndHstsIsSentButNotForAnUntrustedClaim()
            throws Exception {
        HttpResponse<String> proxied = viaProxy("198.51.100.90", Map.of("X-Forwarded-Proto", "https")).get("/login");
        assertThat(sessionCookie(proxied)).contains("Secure").contains("HttpOnly");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> claimed = new FormLoginClient(port, null, Map.of("X-Forwarded-Proto", "https")).get("/login");
        assertThat(sessionCookie(claimed)).doesNotContain("Secure");
        assertThat(claimed.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private FormLoginClient viaProxy(String client) throws IOException {
        return viaProxy(client, Map.of());
    }

    private FormLoginClient viaProxy(String client, Map<String, String> more) throws IOException {
        var headers = new java.util.HashMap<>(more);
        headers.put("X-Forwarded-For", client);
        return new FormLoginClient(port, InetAddress.getByName("127.0.0.2"), headers);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    private List<AuditRecord> events(String username) {
        return TestUsers.asAdmin(users, () -> audit.search(username, 0, 50));
    }
}
