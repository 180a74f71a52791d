package org.latitude.assignment;

/**
 * Items of one sensitive category an annotator was shown (handed out, whatever they did with it) today and this week
 * (since Monday), in the campaign; {@code capReached}: today's cap for the category is reached.
 */
public record CategoryExposure(String categoryKey, long today, long thisWeek, boolean capReached) {
}
