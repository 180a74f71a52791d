package org.latitude.export;

import java.util.List;
import java.util.Optional;
import org.latitude.shared.CampaignId;

/**
 * Where a dataset card finds a campaign's agreement figures: implemented by the module that stores analysis results
 * (an optional bean; without one, or without a stored result, the card says agreement was not computed). Each line
 * is Markdown-free plain text, e.g. "prompt verdict: Krippendorff's α = 0.71 (95 % CI 0.65–0.77, 1,200 items)".
 */
public interface AgreementFigures {

    Optional<List<String>> summary(CampaignId campaignId);
}
