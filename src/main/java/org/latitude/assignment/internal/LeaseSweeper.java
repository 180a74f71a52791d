package org.latitude.assignment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Returns expired leases to the pool: each in its own short transaction that locks the pool row first (the same lock
 * order as next/submit/skip), so the sweep never holds many locks and never deadlocks with annotators.
 */
@Component
public class LeaseSweeper {

    private static final int BATCH = 500;

    private final AssignmentStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    LeaseSweeper(AssignmentStore store, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${latitude.assignment.sweep-interval:30s}",
            initialDelayString = "${latitude.assignment.sweep-interval:30s}")
    void sweep() {
        expireLeasesBefore(clock.instant());
    }

    /** Expires every lease that ended at or before {@code cutoff}; returns how many. */
    public int expireLeasesBefore(Instant cutoff) {
        int expired = 0;
        List<AssignmentRow> due;
        do {
            due = store.expiredLeases(cutoff, BATCH);
            for (AssignmentRow lease : due) {
                Boolean done = tx.execute(status -> {
                    store.lockItem(lease.campaignId(), lease.itemId());
                    if (store.expire(lease.id())) {
                        store.addCounts(lease.campaignId(), lease.itemId(), 0, -1);
                        return true;
                    }
                    return false;
                });
                expired += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return expired;
    }
}
