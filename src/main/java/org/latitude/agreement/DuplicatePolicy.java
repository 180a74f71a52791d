package org.latitude.agreement;

/** What a {@link RatingTable} does with a second rating of the same unit by the same coder. */
public enum DuplicatePolicy {
    /** Throw a {@link DuplicateRatingException} naming the second rating. */
    REJECT,
    /** Keep the rating that comes last in input order (an edited annotation replaces the earlier one). */
    KEEP_LAST
}
