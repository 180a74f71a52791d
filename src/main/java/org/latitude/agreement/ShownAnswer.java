package org.latitude.agreement;

/**
 * A human's pairwise answer with the order it was shown in.
 *
 * @param annotator   who answered
 * @param item        the item's id
 * @param answer      the answer in item terms
 * @param aShownFirst whether response A was shown first (on the left); stored as {@code AB} by the workspace
 */
public record ShownAnswer(String annotator, String item, PairChoice answer, boolean aShownFirst) {
}
