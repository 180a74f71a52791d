package org.latitude.security.internal;

import java.time.Duration;

/**
 * How one kind of throttle key slows guessing: the first {@code freeFailures} failures cost nothing; each further
 * failure doubles the wait before the next attempt, from {@code firstDelay} up to {@code maxDelay}. An attempt made
 * while waiting is refused without checking the password and is not counted, so hammering does not lengthen the wait.
 */
public record ThrottleRule(int freeFailures, Duration firstDelay, Duration maxDelay) {

    public ThrottleRule {
        if (freeFailures < 0 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("a throttle needs free failures >= 0 and 0 < first delay <= max delay");
        }
    }

    /** The wait that {@code failures} failures impose after the last of them. */
    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 40);
        Duration delay = firstDelay;
        for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
}
