package org.latitude.judge;

import org.latitude.shared.CampaignId;
/**
 * A live judging job: which campaign, endpoint and template; the model version to record; limits (concurrency,
 * requests per minute, retries, time-out per request), budget (calls sent, tokens used; 0 = no calls/tokens at
 * all), decoding, and optional prices per million tokens for the cost estimate.
 *
 * @param topLogprobs ask for this many top log-probabilities per token (0: do not ask; the text answer is read)
 * @param bothOrders  principle jobs: also ask with the responses swapped (pairwise jobs always ask both orders)
 */
public record JobSettings(CampaignId campaignId, long endpointId, String templateKey, String modelVersion,
                          int concurrency, int requestsPerMinute, int maxRetries, int timeoutSeconds,
                          long budgetCalls, long budgetTokens, double temperature, int maxTokens, int topLogprobs,
                          boolean bothOrders, double inputPricePerMillion, double outputPricePerMillion) {
}
