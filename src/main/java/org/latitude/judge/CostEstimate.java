package org.latitude.judge;

/**
 * What a job will cost before it starts: units of work (items, or items × principles), calls, prompt tokens (about
 * 4 characters a token) and completion tokens (at most max_tokens each), and the cost at the given prices.
 */
public record CostEstimate(long units, long calls, long promptTokens, long completionTokens, double cost,
                           boolean withinBudget) {

    public long tokens() {
        return promptTokens + completionTokens;
    }
}
