package org.latitude.assignment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakScheduleTest {

    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");
    private static final Duration WORK = Duration.ofMinutes(50);
    private static final Duration REST = Duration.ofMinutes(10);

    /** An item every two minutes from T0 until {@code minutes} later. */
    private static List<Instant> steadyWork(int minutes) {
        List<Instant> events = new ArrayList<>();
        for (int m = 0; m <= minutes; m += 2) {
            events.add(T0.plus(Duration.ofMinutes(m)));
        }
        return events;
    }

    @Test
    void fiftyMinutesOfSteadyWorkStartATenMinuteBreakCountedFromTheLastItem() {
        List<Instant> events = steadyWork(50);
        Instant now = T0.plus(Duration.ofMinutes(51));
        assertThat(BreakSchedule.pauseUntil(events, now, WORK, REST))
                .contains(T0.plus(Duration.ofMinutes(60)));
    }

    @Test
    void beforeTheWorkPeriodIsOverThereIsNoBreak() {
        assertThat(BreakSchedule.pauseUntil(steadyWork(40), T0.plus(Duration.ofMinutes(41)), WORK, REST)).isEmpty();
        assertThat(BreakSchedule.pauseUntil(List.of(), T0, WORK, REST)).isEmpty();
    }

    @Test
    void aPauseAsLongAsTheBreakStartsANewWorkPeriod() {
        List<Instant> events = new ArrayList<>(steadyWork(30));
        events.add(T0.plus(Duration.ofMinutes(42))); // 12 minutes off after minute 30: a rest
        for (int m = 44; m <= 80; m += 2) {
            events.add(T0.plus(Duration.ofMinutes(m)));
        }
        assertThat(BreakSchedule.pauseUntil(events, T0.plus(Duration.ofMinutes(81)), WORK, REST))
                .as("the period began at minute 42, so 39 minutes of work").isEmpty();
        assertThat(BreakSchedule.pauseUntil(steadyWork(50), T0.plus(Duration.ofMinutes(61)), WORK, REST))
                .as("once the break has passed, work may go on").isEmpty();
    }
}
