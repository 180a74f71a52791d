package org.latitude.judge.internal.live;

import java.util.List;

/** One chat-completions request: messages and decoding settings ({@code topLogprobs} 0 = no logprobs asked). */
public record ChatRequest(List<Message> messages, double temperature, int maxTokens, int topLogprobs) {

    public record Message(String role, String content) {
    }

    public ChatRequest {
        messages = List.copyOf(messages);
    }

    /** A rough token count for budgets and estimates (4 characters a token, as OpenAI's rule of thumb). */
    public int estimatedPromptTokens() {
        int chars = messages.stream().mapToInt(m -> m.content().length() + 8).sum();
        return Math.max(1, (chars + 3) / 4);
    }
}
