package org.latitude.judge.internal.live;

import java.time.Duration;

/**
 * A failed attempt: why (for the record), the HTTP status if there was one, whether trying again may help (429, 5xx,
 * time-outs, dropped connections, malformed bodies), and the server's Retry-After when it gave one.
 */
public final class CallFailure extends Exception {

    private final Integer httpStatus;
    private final boolean retryable;
    private final Duration retryAfter;

    public CallFailure(String cause, Integer httpStatus, boolean retryable, Duration retryAfter) {
        super(cause, null, false, false);
        this.httpStatus = httpStatus;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public boolean retryable() {
        return retryable;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
