package org.latitude.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed-sign-in throttling with growing delays instead of a lock. Three keys count failures: the pair of account and
 * client address (an attacker's own guesses slow down quickly, up to minutes), the account from any address (a
 * distributed guess slows down too, but only to a short wait, so the rightful user is never shut out for long), and the
 * address across accounts (one client spraying many accounts). The counts live in the database, so N instances share
 * one allowance. A success clears only the pair: it proves nothing about other addresses.
 */
public class LoginThrottle {

    private static final int PRUNE_EVERY = 200;
    private static final int MAX_KEY_PART = 128;

    private final ThrottleStore store;
    private final ThrottleSettings settings;
    private final Clock clock;
    private final AtomicInteger failuresSincePrune = new AtomicInteger();

    public LoginThrottle(JdbcTemplate jdbc, ThrottleSettings settings, Clock clock) {
        this.store = new ThrottleStore(jdbc);
        this.settings = settings;
        this.clock = clock;
    }

    /** How long a sign-in to {@code account} from {@code address} must still wait, if at all. */
    public Optional<Duration> waitFor(String account, String address) {
        return waitFor(signInKeys(account, address));
    }

    /** Counts a failed sign-in; returns the wait it now imposes on the next attempt, if any. */
    public Optional<Duration> recordFailure(String account, String address) {
        return fail(signInKeys(account, address));
    }

    public void recordSuccess(String account, String address) {
        if (address != null) {
            store.clear(pairKey(account, address));
        }
    }

    /** How long a signed-in user must wait before their current password is checked again (account page). */
    public Optional<Duration> waitForPasswordCheck(String account) {
        return waitFor(Map.of(reauthKey(account), settings.pair()));
    }

    public Optional<Duration> recordPasswordCheckFailure(String account) {
        return fail(Map.of(reauthKey(account), settings.pair()));
    }

    public void recordPasswordCheckSuccess(String account) {
        store.clear(reauthKey(account));
    }

    private Optional<Duration> waitFor(Map<String, ThrottleRule> keys) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (var count : store.find(keys.keySet(), now.minus(settings.window())).entrySet()) {
            Duration delay = keys.get(count.getKey()).delayAfter(count.getValue().failures());
            longest = max(longest, Duration.between(now, count.getValue().lastFailure().plus(delay)));
        }
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    private Optional<Duration> fail(Map<String, ThrottleRule> keys) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(settings.window());
        Duration longest = Duration.ZERO;
        for (var key : keys.entrySet()) {
            longest = max(longest, key.getValue().delayAfter(store.increment(key.getKey(), now, forgetBefore)));
        }
        if (failuresSincePrune.incrementAndGet() % PRUNE_EVERY == 0) {
            store.prune(forgetBefore);
        }
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    private Map<String, ThrottleRule> signInKeys(String account, String address) {
        Map<String, ThrottleRule> keys = new LinkedHashMap<>();
        keys.put("account:" + part(account), settings.account());
        if (address != null) {
            keys.put(pairKey(account, address), settings.pair());
            keys.put("address:" + part(address), settings.address());
        }
        return keys;
    }

    private static String pairKey(String account, String address) {
        return "pair:" + part(account) + "@" + part(address);
    }

    private static String reauthKey(String account) {
        return "reauth:" + part(account);
    }

    private static String part(String value) {
        String normalised = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return normalised.length() > MAX_KEY_PART ? normalised.substring(0, MAX_KEY_PART) : normalised;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
