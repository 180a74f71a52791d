package org.latitude.judge.internal.live;

import java.util.List;

/**
 * What a chat-completions server answered: the text, the per-token log-probabilities when it sent them (each with its
 * top alternatives), and the token usage when it reported it (-1 otherwise).
 */
public record ChatResult(String text, List<TokenLogprob> tokens, int promptTokens, int completionTokens) {

    public record Candidate(String token, double logprob) {
    }

    public record TokenLogprob(String token, double logprob, List<Candidate> top) {
    }

    public ChatResult {
        tokens = List.copyOf(tokens);
    }

    public boolean hasLogprobs() {
        return !tokens.isEmpty();
    }
}
