package org.latitude.security.internal;

import java.time.Duration;

/** At most {@code requests} API requests per token in each fixed {@code window} ({@code latitude.api.rate-limit.*}). */
record ApiRateLimit(int requests, Duration window) {

    ApiRateLimit {
        if (requests < 1 || !window.isPositive()) {
            throw new IllegalArgumentException("latitude.api.rate-limit needs requests >= 1 and a positive window");
        }
    }
}
