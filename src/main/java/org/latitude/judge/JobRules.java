package org.latitude.judge;

import java.util.ArrayList;
import java.util.List;

/** What makes live-job settings valid; the job form and the service use the same rules. */
public final class JobRules {

    public static final int MAX_CONCURRENCY = 256;

    private JobRules() {
    }

    public static List<String> problems(JobSettings s) {
        List<String> p = new ArrayList<>();
        if (s.concurrency() < 1 || s.concurrency() > MAX_CONCURRENCY) {
            p.add("Concurrency is between 1 and " + MAX_CONCURRENCY + ".");
        }
        if (s.requestsPerMinute() < 0) {
            p.add("Requests per minute is 0 (no limit) or more.");
        }
        if (s.maxRetries() < 0 || s.maxRetries() > 20) {
            p.add("Retries are between 0 and 20.");
        }
        if (s.timeoutSeconds() < 1 || s.timeoutSeconds() > 600) {
            p.add("The time-out is between 1 and 600 seconds.");
        }
        if (s.budgetCalls() < 1 || s.budgetTokens() < 1) {
            p.add("The budget allows at least one call and one token.");
        }
        if (s.maxTokens() < 1 || s.maxTokens() > 4096) {
            p.add("max_tokens is between 1 and 4,096.");
        }
        if (s.topLogprobs() < 0 || s.topLogprobs() > 20) {
            p.add("top_logprobs is between 0 (do not ask) and 20.");
        }
        if (s.temperature() < 0 || s.temperature() > 2) {
            p.add("The temperature is between 0 and 2.");
        }
        if (s.inputPricePerMillion() < 0 || s.outputPricePerMillion() < 0) {
            p.add("Prices are 0 or more.");
        }
        if (s.modelVersion() != null && s.modelVersion().length() > 200) {
            p.add("The model version is longer than 200 characters.");
        }
        return p;
    }

    public static List<String> problems(EndpointSettings e) {
        List<String> p = new ArrayList<>();
        if (e.name() == null || e.name().isBlank() || e.name().length() > 200) {
            p.add("The endpoint needs a name of at most 200 characters.");
        }
        if (e.baseUrl() == null || !e.baseUrl().strip().matches("https?://\\S+") || e.baseUrl().length() > 2000) {
            p.add("The base URL starts with http:// or https://, e.g. http://localhost:8000/v1.");
        }
        if (e.model() == null || e.model().isBlank() || e.model().length() > 200) {
            p.add("The model name is required (at most 200 characters).");
        }
        if (e.provider() == null || e.provider().isBlank() || e.provider().length() > 200) {
            p.add("The provider is required (e.g. vLLM, Ollama, OpenAI).");
        }
        boolean env = e.apiKeyEnv() != null && !e.apiKeyEnv().isBlank();
        if (env && !e.apiKeyEnv().strip().matches("[A-Za-z_][A-Za-z0-9_]{0,199}")) {
            p.add("The environment variable's name is letters, digits and _.");
        }
        if (env && e.apiKey() != null && !e.apiKey().isBlank()) {
            p.add("Give the API key either as an environment variable or to store, not both.");
        }
        return p;
    }
}
