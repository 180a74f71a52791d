package org.latitude.judge;

import org.latitude.shared.CampaignId;
import java.time.Instant;

/** A live job's progress as stored: every finished call counts as soon as it is stored. */
public record JobProgress(long id, CampaignId campaignId, String rater, String template, JobStatus status,
                          String reason, long unitsTotal, long unitsDone, long callsTotal, long callsAnswered,
                          long callsUnparseable, long callsFailed, long callsSent, long tokensUsed, long budgetCalls,
                          long budgetTokens, Instant createdAt, Instant finishedAt) {

    public double fraction() {
        return callsTotal == 0 ? 1 : Math.min(1, (double) (callsAnswered + callsUnparseable) / callsTotal);
    }

    public boolean resumable() {
        return status != JobStatus.QUEUED && status != JobStatus.RUNNING
                && (status != JobStatus.DONE || callsFailed > 0);
    }
}
