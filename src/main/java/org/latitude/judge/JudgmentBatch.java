package org.latitude.judge;

import org.latitude.shared.CampaignId;
import java.time.Instant;

/**
 * One imported file or one live job's judgments, for one campaign and one model rater.
 *
 * @param source      the import format's label, or "live job N"
 * @param contentHash SHA-256 of the imported file (re-importing the same content is recognised by it)
 */
public record JudgmentBatch(long id, CampaignId campaignId, ModelRater rater, JudgmentKind kind, String source,
                            String fileName, String contentHash, long judgments, Instant createdAt,
                            String createdBy) {
}
