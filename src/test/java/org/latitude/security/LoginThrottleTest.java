package org.latitude.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.latitude.security.internal.LoginThrottle;
import org.latitude.security.internal.LoginThrottleTestAccess;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = LoginThrottleTestAccess.create(3, 5, Duration.ofMinutes(15), clock);

    @Test
    void anAccountIsPausedAfterTheAllowedFailuresUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blockedFor("ann", "10.0.0.1")).isEmpty();
            throttle.recordFailure("ann", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.blockedFor("ann", "10.0.0.9")).hasValue(Duration.ofMinutes(12));
        clock.advance(Duration.ofMinutes(12));
        assertThat(throttle.blockedFor("ann", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressGuessingManyAccountsIsPausedForEveryAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i, "10.0.0.2");
        }
        assertThat(throttle.blockedFor("someone-else", "10.0.0.2")).isPresent();
        assertThat(throttle.blockedFor("someone-else", "10.0.0.3")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        throttle.recordFailure("bea", "10.0.0.4");
        throttle.recordFailure("bea", "10.0.0.4");
        throttle.recordSuccess("bea");
        throttle.recordFailure("bea", "10.0.0.4");
        throttle.recordFailure("bea", "10.0.0.4");
        assertThat(throttle.blockedFor("bea", "10.0.0.5")).isEmpty();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
