package org.latitude.agreement;

/**
 * What majority vote does when two or more values share the highest count on a unit (docs/methods.md:
 * with an even number of ratings ties are common and must follow a declared rule).
 */
public enum TieRule {
    /** The unit gets no consensus label and is left out of comparisons with the consensus. */
    EXCLUDE,
    /** The highest tied value in the declared order wins (e.g. "caution wins": unsafe over safe). */
    HIGHEST_IN_ORDER,
    /** The lowest tied value in the declared order wins. */
    LOWEST_IN_ORDER,
    /** The tied value with the highest Dawid–Skene posterior wins (requires a fitted model). */
    DAWID_SKENE
}
