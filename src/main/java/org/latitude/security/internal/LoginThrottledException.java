package org.latitude.security.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed sign-in attempts");
        this.wait = wait;
    }

    public Duration getWait() {
        return wait;
    }

    /** Whole minutes to wait, rounded up, at least one. */
    public long minutesToWait() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
