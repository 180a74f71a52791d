package org.latitude.assignment;

/**
 * A sensitive category's exposure over all annotators of a campaign (aggregate only: no one annotator's numbers):
 * items shown today and this week, annotators at today's cap, members who opted out.
 */
public record CategoryAggregate(String categoryKey, long shownToday, long shownThisWeek, long annotatorsAtCap,
                                long membersOptedOut) {
}
