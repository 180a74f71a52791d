package org.latitude.security.internal;

import java.time.Clock;
import java.time.Duration;

/** Builds a throttle with a test clock (the constructor is package-private). */
public final class LoginThrottleTestAccess {

    private LoginThrottleTestAccess() {
    }

    public static LoginThrottle create(int perAccount, int perAddress, Duration window, Clock clock) {
        return new LoginThrottle(perAccount, perAddress, window, clock);
    }
}
