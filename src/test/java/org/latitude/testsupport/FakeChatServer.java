package org.latitude.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server in the test JVM speaking OpenAI's chat-completions protocol, whose answers a test scripts per
 * request: an answer (with or without logprobs), an HTTP error with an optional Retry-After, a delay, a malformed
 * body, or a dropped connection. It records every request it received.
 */
public final class FakeChatServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What to do with one request. */
    public sealed interface Reply {
    }

    /** An answer; {@code firstTokenTop} (token → probability) adds logprobs for the first token when not null. */
    public record Answer(String text, Map<String, Double> firstTokenTop, long delayMillis) implements Reply {
    }

    public record Error(int status, String retryAfter) implements Reply {
    }

    public record Malformed() implements Reply {
    }

    public record Drop() implements Reply {
    }

    /** A 200 answer with exactly this body (a server that leaves out optional fields, or adds its own). */
    public record Raw(String body) implements Reply {
    }

    /**
     * A received request: the user message's text, how many times the same text had been received before, when, and
     * its {@code Authorization} header (null when absent).
     */
    public record Received(String userText, int earlier, long atNanos, String authorization) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Function<Received, Reply> script;

    public FakeChatServer(Function<Received, Reply> script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public void script(Function<Received, Reply> script) {
        this.script = script;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** How often each distinct user message was received. */
    public Map<String, Integer> countsByMessage() {
        Map<String, Integer> out = new java.util.HashMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /**
     * The most requests that were waiting for their answer at once (from arrival until the answer starts: a client
     * may send its next request as soon as it has the answer, before this server's thread has finished).
     */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        AtomicBoolean answered = new AtomicBoolean();
        Runnable answering = () -> {
            if (answered.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        try {
            respond(exchange, answering);
        } finally {
            answering.run();
        }
    }

    private void respond(HttpExchange exchange, Runnable answering) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String user = "";
        for (JsonNode m : body.path("messages")) {
            if (m.path("role").asString().equals("user")) {
                user = m.path("content").asString();
            }
        }
        int earlier = counts.computeIfAbsent(user, k -> new AtomicInteger()).getAndIncrement();
        Received r = new Received(user, earlier, System.nanoTime(),
                exchange.getRequestHeaders().getFirst("Authorization"));
        received.add(r);
        Reply reply = script.apply(r);
        if (reply instanceof Answer a && a.delayMillis() > 0) {
            sleep(a.delayMillis());
        }
        answering.run();
        switch (reply) {
            case Answer a -> send(exchange, 200, answer(a, body.path("logprobs").asBoolean(false)));
            case Error e -> {
                if (e.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", e.retryAfter());
                }
                send(exchange, e.status(), "{\"error\":{\"message\":\"scripted " + e.status() + "\"}}");
            }
            case Malformed m -> send(exchange, 200, "{\"choices\": [{\"message\": {\"content\": \"A\"");
            case Drop d -> exchange.close();
            case Raw raw -> send(exchange, 200, raw.body());
        }
    }

    private static String answer(Answer a, boolean logprobsAsked) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", a.text());
        if (a.firstTokenTop() != null && logprobsAsked) {
            ArrayNode content = choice.putObject("logprobs").putArray("content");
            String first = a.text().split("\\s", 2)[0];
            ObjectNode token = content.addObject();
            token.put("token", first);
            token.put("logprob", Math.log(a.firstTokenTop().getOrDefault(first, 1e-9)));
            ArrayNode top = token.putArray("top_logprobs");
            a.firstTokenTop().forEach((t, p) -> top.addObject().put("token", t).put("logprob", Math.log(p)));
        }
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 2).put("total_tokens", 102);
        return JSON.writeValueAsString(root);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
