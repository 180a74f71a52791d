package org.latitude.analysis;

import java.time.Instant;

/**
 * How far the analysis job of a campaign is: reading the data, running the engines field by field, writing the
 * report; then done, failed (with the reason) or cancelled.
 *
 * @param step what is being done, e.g. the field being analysed
 */
public record AnalysisProgress(long campaignId, Phase phase, String step, int stepsDone, int stepsTotal,
                               Instant startedAt, String startedBy, String failure) {

    public enum Phase { QUEUED, READING, ENGINES, WRITING, DONE, FAILED, CANCELLED }

    public boolean running() {
        return phase == Phase.QUEUED || phase == Phase.READING || phase == Phase.ENGINES || phase == Phase.WRITING;
    }

    /** 0 … 1: reading is the first tenth, the engines the next eight, writing the last. */
    public double fraction() {
        return switch (phase) {
            case QUEUED -> 0;
            case READING -> 0.05;
            case ENGINES -> 0.1 + 0.8 * (stepsTotal == 0 ? 0 : (double) stepsDone / stepsTotal);
            case WRITING -> 0.95;
            case DONE, FAILED, CANCELLED -> 1;
        };
    }
}
