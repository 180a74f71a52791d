package org.latitude.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The login throttle on a real database (H2 and PostgreSQL subclasses): growing delays instead of a lock, an attacker's
 * guesses slow the attacker and hardly the rightful user, and instances sharing a database share one allowance.
 */
abstract class LoginThrottleContract {

    static final ThrottleSettings SETTINGS = new ThrottleSettings(
            new ThrottleRule(5, Duration.ofSeconds(1), Duration.ofMinutes(15)),
            new ThrottleRule(10, Duration.ofSeconds(1), Duration.ofMinutes(1)),
            new ThrottleRule(50, Duration.ofSeconds(1), Duration.ofMinutes(5)),
            Duration.ofHours(1));

    final MutableClock clock = new MutableClock();

    abstract DataSource dataSource();

    LoginThrottle throttle() {
        return new LoginThrottle(new JdbcTemplate(dataSource()), SETTINGS, clock);
    }

    /** What the sign-in does: refused without counting while waiting, else a failure is counted. */
    static Optional<Duration> wrongPassword(LoginThrottle throttle, String account, String address) {
        return throttle.waitFor(account, address).isPresent() ? Optional.empty()
                : throttle.recordFailure(account, address);
    }

    @Test
    void aFloodFromOneAddressWaitsEverLongerUpToTheCapAndRefusedAttemptsAreNotCounted() {
        LoginThrottle throttle = throttle();
        String account = unique("flood");
        for (int i = 0; i < 5; i++) {
            assertThat(wrongPassword(throttle, account, "198.51.100.1")).isEmpty();
        }
        assertThat(throttle.recordFailure(account, "198.51.100.1")).hasValue(Duration.ofSeconds(1));
        for (int i = 0; i < 100; i++) {
            wrongPassword(throttle, account, "198.51.100.1"); // refused: still waiting, nothing counted
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(wrongPassword(throttle, account, "198.51.100.1")).hasValue(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            clock.advance(throttle.waitFor(account, "198.51.100.1").orElse(Duration.ZERO));
            wrongPassword(throttle, account, "198.51.100.1");
        }
        assertThat(throttle.waitFor(account, "198.51.100.1")).hasValue(Duration.ofMinutes(15));
    }

    @Test
    void theRightfulUserElsewhereIsNotSlowedByAnAttackersGuessesFromOneAddress() {
        LoginThrottle throttle = throttle();
        String account = unique("victim");
        for (int i = 0; i < 8; i++) {
            clock.advance(throttle.waitFor(account, "203.0.113.66").orElse(Duration.ZERO));
            wrongPassword(throttle, account, "203.0.113.66");
        }
        assertThat(throttle.waitFor(account, "203.0.113.66")).isPresent();
        assertThat(throttle.waitFor(account, "192.0.2.10")).isEmpty();
    }

    @Test
    void aGuessFromManyAddressesSlowsTheAccountOnlyUpToItsShortCap() {
        LoginThrottle throttle = throttle();
        String account = unique("spread");
        for (int i = 0; i < 40; i++) {
            clock.advance(throttle.waitFor(account, "198.51.100." + i).orElse(Duration.ZERO));
            wrongPassword(throttle, account, "198.51.100." + i);
        }
        assertThat(throttle.waitFor(account, "192.0.2.20")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void twoInstancesOnOneDatabaseShareOneAllowance() {
        LoginThrottle first = throttle();
        LoginThrottle second = throttle();
        String account = unique("shared");
        for (int i = 0; i < 3; i++) {
            wrongPassword(first, account, "198.51.100.2");
            wrongPassword(second, account, "198.51.100.2");
        }
        assertThat(first.waitFor(account, "198.51.100.2")).isPresent();
        assertThat(second.waitFor(account, "198.51.100.2")).isPresent();
    }

    @Test
    void concurrentFailuresOnTwoInstancesAreEachCountedOnce() throws Exception {
        List<LoginThrottle> instances = List.of(throttle(), throttle());
        String account = unique("hammer");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                LoginThrottle throttle = instances.get(t % 2);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        throttle.recordFailure(account, null);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Integer failures = new JdbcTemplate(dataSource()).queryForObject(
                "select failures from login_throttle where throttle_key = ?", Integer.class, "account:" + account);
        assertThat(failures).isEqualTo(200);
    }

    @Test
    void failuresAreForgottenAWindowAfterTheLastAndASuccessClearsOnlyItsAddress() {
        LoginThrottle throttle = throttle();
        String account = unique("forgotten");
        for (int i = 0; i < 6; i++) {
            wrongPassword(throttle, account, "198.51.100.3");
        }
        assertThat(throttle.waitFor(account, "198.51.100.3")).isPresent();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.waitFor(account, "198.51.100.3")).isEmpty();
        assertThat(throttle.recordFailure(account, "198.51.100.3")).isEmpty();

        for (int i = 0; i < 5; i++) {
            wrongPassword(throttle, account, "198.51.100.4");
        }
        throttle.recordSuccess(account, "198.51.100.4");
        assertThat(wrongPassword(throttle, account, "198.51.100.4")).isEmpty();
    }

    @Test
    void theCurrentPasswordCheckIsThrottledOnItsOwnKey() {
        LoginThrottle throttle = throttle();
        String account = unique("reauth");
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.recordPasswordCheckFailure(account)).isEmpty();
        }
        assertThat(throttle.recordPasswordCheckFailure(account)).isPresent();
        assertThat(throttle.waitForPasswordCheck(account)).isPresent();
        assertThat(throttle.waitFor(account, "198.51.100.5")).isEmpty();
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
