package org.latitude.judge;

import org.latitude.shared.CampaignId;
/**
 * An import of a judgment file into a started campaign.
 *
 * @param skipUnknownItems false (the default): a row naming an item outside the campaign stops the import; true: such
 *                         rows are skipped and counted (e.g. a reward file scored on the whole HH-RLHF test split)
 */
public record JudgmentImportRequest(CampaignId campaignId, JudgmentFormat format, RaterSpec rater, String fileName,
                                    boolean skipUnknownItems) {
}
