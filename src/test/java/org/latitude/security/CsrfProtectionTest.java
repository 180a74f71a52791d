package org.latitude.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.latitude.testsupport.LatitudeSpringTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A cross-site form post cannot sign anyone in (login CSRF): the login endpoint requires the CSRF token of the login
 * page, which Vaadin's login form sends (the browser journeys sign in through it).
 */
@LatitudeSpringTest
class CsrfProtectionTest {

    @LocalServerPort
    int port;

    @Test
    void aLoginPostWithoutTheCsrfTokenDoesNotSignInEvenWithTheRightPassword() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + LatitudeSpringTest.ADMIN + "&password="
                        + LatitudeSpringTest.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        // refused: sent back to the login page (a successful sign-in would redirect to "/")
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("");
        HttpResponse<String> admin = client.send(HttpRequest.newBuilder(URI.create(url("/admin/users")))
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void adminScreensRedirectAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/admin/users"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
