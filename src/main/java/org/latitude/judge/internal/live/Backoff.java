package org.latitude.judge.internal.live;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next attempt: the server's Retry-After when it gave one (plus up to 10 % jitter), else
 * exponential back-off {@code base × 2^attempt} capped at {@code max}, with "equal jitter" (half fixed, half random)
 * so that many clients retrying at once spread out.
 */
record Backoff(long baseMillis, long maxMillis) {

    Duration delay(int attempt, Duration retryAfter) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (retryAfter != null) {
            long ms = retryAfter.toMillis();
            return Duration.ofMillis(ms + random.nextLong(ms / 10 + 1));
        }
        long exp = Math.min(maxMillis, baseMillis << Math.min(20, attempt));
        return Duration.ofMillis(exp / 2 + random.nextLong(exp / 2 + 1));
    }
}
