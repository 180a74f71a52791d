package org.latitude.agreement;

/** A pairwise answer in item terms — response A better, B better, or a tie — whichever side each was shown on. */
public enum PairChoice {
    A, B, TIE;

    /** The answer that chooses the response shown first. */
    static PairChoice shownFirst(boolean aShownFirst) {
        return aShownFirst ? A : B;
    }
}
