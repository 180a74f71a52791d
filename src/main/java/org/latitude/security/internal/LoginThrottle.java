package org.latitude.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed-login throttling over a sliding window, per account and per client address: a password-guessing run
 * against one account, or from one address against many, is refused until the oldest failure in the window ages out.
 *
 * <p>State is in memory (per instance): several instances behind a load balancer each throttle on their own, which
 * multiplies the allowance by the number of instances. The maps are bounded so that a flood of invented usernames
 * cannot exhaust memory.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 50_000;

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byAccount = boundedMap();
    private final Map<String, Deque<Instant>> byAddress = boundedMap();

    @Autowired
    LoginThrottle(@Value("${latitude.login.max-failures-per-account}") int maxPerAccount,
                  @Value("${latitude.login.max-failures-per-address}") int maxPerAddress,
                  @Value("${latitude.login.window}") Duration window) {
        this(maxPerAccount, maxPerAddress, window, Clock.systemUTC());
    }

    LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long the account or address must still wait, if either is throttled now. */
    public synchronized Optional<Duration> blockedFor(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(byAccount, account, maxPerAccount, now),
                waitFor(byAddress, address, maxPerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void recordFailure(String account, String address) {
        Instant now = clock.instant();
        add(byAccount, account, now);
        add(byAddress, address, now);
    }

    /** A successful login clears the account's failures (not the address's: one good password ends no scan). */
    public synchronized void recordSuccess(String account) {
        byAccount.remove(account);
    }

    private Duration waitFor(Map<String, Deque<Instant>> failures, String key, int max, Instant now) {
        Deque<Instant> times = key == null ? null : failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        prune(times, now);
        if (times.size() < max) {
            return Duration.ZERO;
        }
        // blocked until enough failures leave the window to drop below the limit
        Instant release = times.stream().skip(times.size() - max).findFirst().orElseThrow().plus(window);
        return Duration.between(now, release);
    }

    private void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (key == null) {
            return;
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        times.addLast(now);
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Map<String, Deque<Instant>> boundedMap() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > MAX_TRACKED_KEYS;
            }
        };
    }
}
