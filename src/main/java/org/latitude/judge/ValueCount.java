package org.latitude.judge;

/**
 * A sufficient statistic: how many judgments of a model rater in a campaign have this value in this field
 * (e.g. field {@code prompt_verdict}, value {@code UNSAFE}; field {@code category}, value {@code violence}; field
 * {@code principle 3 AB}, value {@code A}).
 */
public record ValueCount(String field, String value, long count) {
}
