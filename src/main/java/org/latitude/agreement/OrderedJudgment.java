package org.latitude.agreement;

/**
 * A pairwise judge's answers on one item presented in both orders, in item terms.
 *
 * @param item        the item's id
 * @param aShownFirst the answer when response A was presented first, {@code null} if that run is missing
 * @param bShownFirst the answer when response B was presented first, {@code null} if missing
 */
public record OrderedJudgment(String item, PairChoice aShownFirst, PairChoice bShownFirst) {

    public OrderedJudgment {
        if (item == null) {
            throw new IllegalArgumentException("a judgment needs its item id");
        }
    }
}
