package org.latitude.discretion;

/**
 * What was read from one annotator (or one principle judge) about one pair, in item terms: {@link #FIRST} means the
 * first response y<sup>1</sup> ("A" in presentation order 0) is preferred, {@link #SECOND} means y<sup>0</sup>.
 *
 * <p>Every other outcome is a <em>non-preference</em> and maps to 0, the "none" of Buyl et al. (2025),
 * docs/methods.md: ties, an NA answer, two presentation orders that disagree (position bias) and missing
 * data are all excluded from every metric alike; they are kept apart here only so that readers can be tallied.
 */
public enum Outcome {
    FIRST(1),
    SECOND(-1),
    /** Equal scores, or a tie given by a human. */
    TIE(0),
    /** The judge's NA probability was strictly the largest. */
    NOT_APPLICABLE(0),
    /** A two-order judge preferred the same position in both orders (position bias). */
    ORDERS_DISAGREE(0),
    /** No judgment for this item. */
    MISSING(0);

    private final int sign;

    Outcome(int sign) {
        this.sign = sign;
    }

    /** +1, −1, or 0 for none. */
    public int sign() {
        return sign;
    }

    /** The outcome for a strict sign: +1 → {@link #FIRST}, −1 → {@link #SECOND}, 0 → {@link #TIE}. */
    public static Outcome ofSign(int sign) {
        return sign > 0 ? FIRST : sign < 0 ? SECOND : TIE;
    }
}
