package org.latitude.judge.internal.live;

import java.util.concurrent.TimeUnit;

/** Spaces request starts evenly to stay within a requests-per-minute limit (0 = no limit). */
final class RateLimiter {

    private final long spacingNanos;
    private long next;

    RateLimiter(int requestsPerMinute) {
        this.spacingNanos = requestsPerMinute <= 0 ? 0 : TimeUnit.MINUTES.toNanos(1) / requestsPerMinute;
        this.next = System.nanoTime();
    }

    void acquire() throws InterruptedException {
        if (spacingNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, next);
            next = slot + spacingNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
