package org.latitude.judge;

/**
 * An OpenAI-compatible chat-completions endpoint. The API key comes either from an environment variable (its name
 * in {@code apiKeyEnv}) or is given once in {@code apiKey} and stored encrypted; never both, and it is never shown
 * back. A local server may need neither.
 */
public record EndpointSettings(String name, String baseUrl, String model, String provider, String apiKeyEnv,
                               String apiKey) {

    /** Never prints the key. */
    @Override
    public String toString() {
        return "EndpointSettings[name=" + name + ", baseUrl=" + baseUrl + ", model=" + model + ", provider=" + provider
                + ", apiKeyEnv=" + apiKeyEnv + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "none" : "***")
                + "]";
    }
}
