package org.latitude.api.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.latitude.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on uploads and job starts: the first response to a key (per user) is stored with a hash of
 * the request and replayed, byte for byte and marked {@code Idempotent-Replayed: true}, when the same request comes
 * again; the same key with a different request is refused (422), and a repeat while the first is still running
 * is told to wait (409). A request that failed unexpectedly stores nothing, so it can be retried with its key.
 * Keys are kept {@link #KEPT} (in {@code api_idempotency}, V14), like Stripe's. Each statement commits on its own:
 * the key must be visible to other requests while the work runs.
 */
@Component
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final int IN_PROGRESS = 0;
    private static final int PRUNE_EVERY = 100;

    private record Stored(String requestHash, int status, String contentType, String body) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json;
    private final AtomicInteger sincePrune = new AtomicInteger();

    IdempotencyKeys(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    /**
     * Runs {@code action} once for {@code key} (null: no key, just run it) and answers its response as JSON.
     * {@code requestHash} identifies the request (method, path, parameters and body).
     */
    public ResponseEntity<String> once(String key, String requestHash, Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return serialise(action.get());
        }
        if (!KEY.matcher(key).matches()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "idempotency-key", "An Idempotency-Key is 1–200 visible "
                    + "ASCII characters (a UUID will do).");
        }
        long user = currentUser.require().userId();
        Instant now = clock.instant();
        prune(now);
        Stored earlier = find(user, key, now);
        if (earlier == null) {
            try {
                jdbc.update("insert into api_idempotency (user_id, idempotency_key, request_hash, status, created_at) "
                        + "values (?, ?, ?, ?, ?)", user, key, requestHash, IN_PROGRESS, Timestamp.from(now));
            } catch (DuplicateKeyException raced) {
                earlier = find(user, key, now);
            }
        }
        if (earlier != null) {
            return replay(earlier, requestHash);
        }
        ResponseEntity<String> response;
        try {
            response = serialise(action.get());
        } catch (RuntimeException | Error e) {
            jdbc.update("delete from api_idempotency where user_id = ? and idempotency_key = ?", user, key);
            throw e;
        }
        MediaType type = response.getHeaders().getContentType();
        jdbc.update("update api_idempotency set status = ?, content_type = ?, body = ? where user_id = ? and "
                + "idempotency_key = ?", response.getStatusCode().value(), type == null ? null : type.toString(),
                response.getBody(), user, key);
        return response;
    }

    private ResponseEntity<String> replay(Stored earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "This Idempotency-Key "
                    + "was used for a different request; use a new key for a new request.");
        }
        if (earlier.status() == IN_PROGRESS) {
            throw new ApiProblem(HttpStatus.CONFLICT, "idempotency-in-progress", "The first request with this "
                    + "Idempotency-Key is still being processed; repeat it later to get its response.");
        }
        ResponseEntity.BodyBuilder replayed = ResponseEntity.status(earlier.status()).header("Idempotent-Replayed",
                "true");
        if (earlier.contentType() != null) {
            replayed.header(HttpHeaders.CONTENT_TYPE, earlier.contentType());
        }
        return replayed.body(earlier.body());
    }

    private ResponseEntity<String> serialise(ResponseEntity<?> response) {
        Object body = response.getBody();
        MediaType type = response.getHeaders().getContentType() != null ? response.getHeaders().getContentType()
                : body instanceof ProblemDetail ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON;
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getHeaders());
        headers.setContentType(type);
        return new ResponseEntity<>(body == null ? null : json.writeValueAsString(body), headers,
                response.getStatusCode());
    }

    private Stored find(long user, String key, Instant now) {
        List<Stored> rows = jdbc.query("select request_hash, status, content_type, body from api_idempotency where "
                + "user_id = ? and idempotency_key = ? and created_at > ?", (rs, n) -> new Stored(rs.getString(1),
                rs.getInt(2), rs.getString(3), rs.getString(4)), user, key, Timestamp.from(now.minus(KEPT)));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private void prune(Instant now) {
        if (sincePrune.incrementAndGet() % PRUNE_EVERY == 1) {
            jdbc.update("delete from api_idempotency where created_at <= ?", Timestamp.from(now.minus(KEPT)));
        }
    }
}
