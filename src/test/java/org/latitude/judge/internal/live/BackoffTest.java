package org.latitude.judge.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Back-off doubles per attempt up to its cap with "equal jitter", and a server's Retry-After is honoured. */
class BackoffTest {

    private final Backoff backoff = new Backoff(100, 2000);

    @Test
    void eachAttemptWaitsBetweenHalfAndAllOfTheDoubledBaseCappedAtTheMaximumAndTheWaitsSpreadOut() {
        for (int attempt = 0; attempt < 8; attempt++) {
            long exp = Math.min(2000, 100L << attempt);
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                long ms = backoff.delay(attempt, null).toMillis();
                assertThat(ms).as("attempt " + attempt).isBetween(exp / 2, exp);
                seen.add(ms);
            }
            assertThat(seen).as("jitter at attempt " + attempt).hasSizeGreaterThan(10);
        }
    }

    @Test
    void aRetryAfterIsWaitedInFullPlusAtMostATenthOfJitter() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(0, Duration.ofSeconds(3)).toMillis()).isBetween(3000L, 3300L);
        }
        assertThat(backoff.delay(5, Duration.ofSeconds(30)).toMillis()).as("not capped: the server asked")
                .isGreaterThanOrEqualTo(30_000);
    }
}
