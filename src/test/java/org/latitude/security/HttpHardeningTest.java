package org.latitude.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Map;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.latitude.testsupport.FormLoginClient;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HTTP-level hardening: Vaadin's own pages carry the security headers (not only Spring's responses), sessions are
 * tracked by cookie only (no {@code ;jsessionid=} in URLs), and the actuator waits for a forced password change.
 */
@LatitudeSpringTest
class HttpHardeningTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ServletContext servletContext;

    @Test
    void anAdminWhosePasswordMustStillBeChangedGetsNoMetricsUntilItIs() throws Exception {
        String name = TestUsers.uniqueName("fresh-admin");
        SystemIdentity.runAsSystem(() -> accounts.createInitialUser(new NewUser(name, "Fresh", Set.of(Role.ADMIN),
                TestUsers.PASSWORD), true));
        FormLoginClient fresh = new FormLoginClient(port, null, Map.of());
        assertThat(fresh.signIn(name, TestUsers.PASSWORD)).doesNotContain("error");
        assertThat(fresh.get("/actuator/metrics").statusCode()).isEqualTo(403);

        FormLoginClient admin = new FormLoginClient(port, null, Map.of());
        admin.signIn(LatitudeSpringTest.ADMIN, LatitudeSpringTest.ADMIN_PASSWORD);
        assertThat(admin.get("/actuator/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void sessionsAreTrackedByCookieOnlySoNoRedirectCarriesTheSessionId() throws Exception {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
        FormLoginClient anonymous = new FormLoginClient(port, null, Map.of());
        for (String path : new String[] {"/", "/admin/users", "/annotate/1", "/actuator/metrics"}) {
            assertThat(anonymous.get(path).headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        }
    }

    @Test
    void theLoginPageAndAnAuthenticatedVaadinPageCarryEverySecurityHeaderAndAreNotStored() throws Exception {
        FormLoginClient browser = new FormLoginClient(port, null, Map.of());
        assertSecurityHeaders(browser.get("/login"));
        assertThat(browser.signIn(LatitudeSpringTest.ADMIN, LatitudeSpringTest.ADMIN_PASSWORD)).doesNotContain("error");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html");
        assertSecurityHeaders(home);
        assertSecurityHeaders(browser.get("/admin/users"));
    }

    @Test
    void staticFilesStayCacheable() throws Exception {
        HttpResponse<String> css = new FormLoginClient(port, null, Map.of()).get("/styles/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c)
                .doesNotContain("no-store"));
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        HttpHeaders headers = response.headers();
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }
}
