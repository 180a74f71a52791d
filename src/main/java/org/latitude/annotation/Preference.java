package org.latitude.annotation;

/** A pairwise answer in item terms: response A is better, B is better, or neither (tie), whatever side each was shown on. */
public enum Preference {
    A,
    B,
    TIE;

    /**
     * The answer in item terms for a choice made on screen. {@code swapped}: response B was shown on the left.
     *
     * @param leftBetter true for "left is better", false for "right is better"
     */
    public static Preference fromShown(boolean leftBetter, boolean swapped) {
        return leftBetter != swapped ? A : B;
    }
}
