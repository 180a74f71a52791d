package org.latitude.judge.internal.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One attempt of an OpenAI-compatible {@code POST /v1/chat/completions} with the JDK's HttpClient. Tolerant of local
 * servers (vLLM, Ollama, llama.cpp): optional fields (usage, logprobs, top_logprobs) may be missing. The API key goes
 * only into the Authorization header and never into a message, log line or failure cause.
 */
public final class ChatClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY_QUOTE = 200;

    private final HttpClient http;
    private final URI uri;
    private final String model;
    private final String apiKey;
    private final Duration timeout;

    public ChatClient(String baseUrl, String model, String apiKey, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        this.uri = completionsUri(baseUrl);
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    /** {@code …/v1/chat/completions} for a base URL given with or without {@code /v1}. */
    static URI completionsUri(String baseUrl) {
        String base = baseUrl.strip().replaceAll("/+$", "");
        if (base.endsWith("/chat/completions")) {
            return URI.create(base);
        }
        return URI.create(base.endsWith("/v1") ? base + "/chat/completions" : base + "/v1/chat/completions");
    }

    public ChatResult complete(ChatRequest request) throws CallFailure, InterruptedException {
        HttpRequest.Builder http = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(request)));
        if (apiKey != null && !apiKey.isBlank()) {
            http.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = this.http.send(http.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new CallFailure("connection time-out after " + timeout.toMillis() + " ms", null, true, null);
        } catch (HttpTimeoutException e) {
            throw new CallFailure("no answer within the time-out of " + timeout.toMillis() + " ms", null, true, null);
        } catch (IOException e) {
            throw new CallFailure("connection failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), null, true, null);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new CallFailure("HTTP " + status + ": " + quote(response.body()), status, true,
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status != 200) {
            throw new CallFailure("HTTP " + status + ": " + quote(response.body()), status, false, null);
        }
        return parse(response.body());
    }

    private String body(ChatRequest request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        request.messages().forEach(m -> messages.addObject().put("role", m.role()).put("content", m.content()));
        body.put("temperature", request.temperature());
        body.put("max_tokens", request.maxTokens());
        if (request.topLogprobs() > 0) {
            body.put("logprobs", true);
            body.put("top_logprobs", request.topLogprobs());
        }
        return JSON.writeValueAsString(body);
    }

    static ChatResult parse(String body) throws CallFailure {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new CallFailure("malformed JSON in the answer: " + quote(body), 200, true, null);
        }
        JsonNode choice = root == null ? null : root.path("choices").path(0);
        if (choice == null || choice.isMissingNode() || !choice.isObject()) {
            throw new CallFailure("the answer has no choices: " + quote(body), 200, true, null);
        }
        JsonNode content = choice.path("message").path("content");
        String text = content.isString() ? content.asString() : choice.path("text").isString()
                ? choice.path("text").asString() : null;
        if (text == null) {
            throw new CallFailure("the answer has no message content: " + quote(body), 200, true, null);
        }
        List<ChatResult.TokenLogprob> tokens = new ArrayList<>();
        for (JsonNode t : choice.path("logprobs").path("content")) {
            List<ChatResult.Candidate> top = new ArrayList<>();
            for (JsonNode c : t.path("top_logprobs")) {
                if (c.path("token").isString() && c.path("logprob").isNumber()) {
                    top.add(new ChatResult.Candidate(c.path("token").asString(), c.path("logprob").asDouble()));
                }
            }
            if (t.path("token").isString() && t.path("logprob").isNumber()) {
                tokens.add(new ChatResult.TokenLogprob(t.path("token").asString(), t.path("logprob").asDouble(),
                        top));
            }
        }
        JsonNode usage = root.path("usage");
        return new ChatResult(text, tokens, usage.path("prompt_tokens").asInt(-1),
                usage.path("completion_tokens").asInt(-1));
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value.strip(),
                        DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    private static String quote(String body) {
        String b = body == null ? "" : body.replace("\n", " ").strip();
        return b.length() > MAX_BODY_QUOTE ? b.substring(0, MAX_BODY_QUOTE) + "…" : b;
    }

    @Override
    public void close() {
        http.close();
    }
}
