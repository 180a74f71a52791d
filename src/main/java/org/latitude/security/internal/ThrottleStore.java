package org.latitude.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed-attempt counters in the database ({@code login_throttle}), so every instance behind a load balancer sees the
 * same counts. Each statement commits on its own: a count must survive the failed sign-in that caused it.
 */
final class ThrottleStore {

    /** A key's failures, counted while they are less than the window apart, and when the last one happened. */
    record Count(int failures, Instant lastFailure) {
    }

    private final JdbcTemplate jdbc;

    ThrottleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The live counts of {@code keys} (a count whose last failure is at or before {@code forgetBefore} is forgotten). */
    Map<String, Count> find(Collection<String> keys, Instant forgetBefore) {
        Map<String, Count> counts = new HashMap<>();
        for (String key : keys) {
            jdbc.query("select failures, last_failure_at from login_throttle where throttle_key = ? "
                    + "and last_failure_at > ?", rs -> {
                        counts.put(key, new Count(rs.getInt(1), rs.getTimestamp(2).toInstant()));
                    }, key, Timestamp.from(forgetBefore));
        }
        return counts;
    }

    /** Adds one failure to {@code key} (starting again from one when its count was forgotten); returns the count. */
    int increment(String key, Instant now, Instant forgetBefore) {
        for (int attempt = 0; ; attempt++) {
            int updated = jdbc.update("update login_throttle set failures = case when last_failure_at <= ? then 1 "
                    + "else failures + 1 end, last_failure_at = ? where throttle_key = ?",
                    Timestamp.from(forgetBefore), Timestamp.from(now), key);
            if (updated == 0) {
                try {
                    jdbc.update("insert into login_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?)",
                            key, Timestamp.from(now));
                    return 1;
                } catch (DuplicateKeyException raced) {
                    if (attempt > 3) {
                        throw raced;
                    }
                    continue; // another instance inserted it first: count on its row
                }
            }
            Integer failures = jdbc.queryForObject("select failures from login_throttle where throttle_key = ?",
                    Integer.class, key);
            return failures == null ? 1 : failures;
        }
    }

    void clear(String key) {
        jdbc.update("delete from login_throttle where throttle_key = ?", key);
    }

    /** Deletes counts nobody remembers any more; returns how many. */
    int prune(Instant forgetBefore) {
        return jdbc.update("delete from login_throttle where last_failure_at < ?", Timestamp.from(forgetBefore));
    }
}
