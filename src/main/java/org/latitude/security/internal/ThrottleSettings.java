package org.latitude.security.internal;

import java.time.Duration;

/**
 * The login throttle's rules per key: a client address guessing one account ({@code pair}), one account from anywhere
 * ({@code account}), and one address across accounts ({@code address}); a key's failures are forgotten once its last
 * failure is {@code window} old. Checking the current password on the account page uses the {@code pair} rule.
 */
public record ThrottleSettings(ThrottleRule pair, ThrottleRule account, ThrottleRule address, Duration window) {

    public ThrottleSettings {
        Duration longest = max(pair.maxDelay(), max(account.maxDelay(), address.maxDelay()));
        if (window.compareTo(longest) <= 0) {
            // else a key would be forgotten while it still waits, handing out its free failures again
            throw new IllegalArgumentException("latitude.login.window must be longer than every max delay");
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
