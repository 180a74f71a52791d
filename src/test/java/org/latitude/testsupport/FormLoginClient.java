package org.latitude.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that signs in as Vaadin's login page does (the form with the page's CSRF token), from
 * a chosen local address and with extra headers on every request (a reverse proxy's {@code X-Forwarded-*}).
 */
public final class FormLoginClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final int port;
    private final Map<String, String> headers;

    /** {@code from}: the local address to connect from (null for the default). */
    public FormLoginClient(int port, InetAddress from, Map<String, String> headers) {
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (from != null) {
            builder.localAddress(from);
        }
        this.client = builder.build();
        this.port = port;
        this.headers = Map.copyOf(headers);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form; returns where the server redirects (the app, or the login page with an error). */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        return post("/login", form(Map.of("username", username, "password", password, "_csrf", csrf("/login"))));
    }

    public void signOut() throws IOException, InterruptedException {
        assertThat(post("/logout", form(Map.of("_csrf", csrf("/"))))).doesNotContain("status");
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("Location").orElse("status " + response.statusCode());
    }

    private String csrf(String page) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(page).body());
        assertThat(token.find()).as("CSRF token on %s", page).isTrue();
        return token.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(builder::header);
        return builder;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
