package org.latitude.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.latitude.security.AccessTokenRequest;
import org.latitude.security.AccessTokens;
import org.latitude.security.ApiScope;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the REST API over HTTP with a bearer token, as a script would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final String token;

    public ApiClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** A client with a new token of {@code username}'s with {@code scopes} (created as that user would, signed in). */
    public static ApiClient forUser(int port, UserDetailsService users, AccessTokens tokens, String username,
                                    ApiScope... scopes) {
        TestUsers.signIn(users, username);
        try {
            return new ApiClient(port, tokens.create(new AccessTokenRequest("test " + TestUsers.uniqueName("t"),
                    Set.of(scopes), null)).token());
        } finally {
            TestUsers.signOut();
        }
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart upload: {@code fields} as form parts, {@code content} as the part {@code file}. */
    public HttpResponse<String> upload(String path, java.util.Map<String, String> fields, String fileName,
                                       String content, String idempotencyKey) throws IOException, InterruptedException {
        String boundary = "----latitude-test-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"file\"; ")
                .append("filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .append(content).append("\r\n--").append(boundary).append("--\r\n");
        HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), java.nio.charset.StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
