package org.latitude.assignment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Enforced breaks from what the database already knows: an annotator's work period is the run of their item events
 * (handed out, finished) with no pause of {@code rest} or longer between them. Once a period has lasted {@code work},
 * no new item is handed out until {@code rest} has passed since the last event. Derived, not stored, so a reload,
 * a second tab or another instance sees the same break.
 */
public final class BreakSchedule {

    private BreakSchedule() {
    }

    /** When the enforced break ends, if the annotator is on one at {@code now}. */
    public static Optional<Instant> pauseUntil(List<Instant> events, Instant now, Duration work, Duration rest) {
        List<Instant> past = events.stream().filter(e -> !e.isAfter(now)).sorted().toList();
        if (past.isEmpty()) {
            return Optional.empty();
        }
        Instant last = past.getLast();
        if (!Duration.between(last, now).minus(rest).isNegative()) {
            return Optional.empty(); // rested long enough: a new period starts with the next item
        }
        Instant start = last;
        for (int i = past.size() - 2; i >= 0; i--) {
            if (Duration.between(past.get(i), start).compareTo(rest) >= 0) {
                break;
            }
            start = past.get(i);
        }
        return Duration.between(start, now).compareTo(work) >= 0 ? Optional.of(last.plus(rest)) : Optional.empty();
    }
}
