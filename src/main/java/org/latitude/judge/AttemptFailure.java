package org.latitude.judge;

import java.time.Instant;

/** One failed attempt of a live call with its cause (HTTP status, time-out, dropped connection, malformed JSON). */
public record AttemptFailure(int unit, int call, int attempt, Integer httpStatus, String cause, Instant at) {
}
