package org.latitude.judge;

/** The result of testing an endpoint with one tiny request. */
public record ConnectionCheck(boolean ok, String message) {
}
