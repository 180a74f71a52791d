package org.latitude.judge;

/** An endpoint as screens show it: where the key comes from, never the key. */
public record EndpointSummary(long id, String name, String baseUrl, String model, String provider,
                              String keySource) {
}
