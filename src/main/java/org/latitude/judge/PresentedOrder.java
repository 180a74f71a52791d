package org.latitude.judge;

/**
 * How the model was shown what it judged. Stored answers are always in item terms (A is the item's response A); the
 * order says which response the model saw first, so position bias can be measured.
 */
public enum PresentedOrder {
    /** One thing was judged: an exchange (safety), or each response scored on its own (rewards, log-likelihoods). */
    SINGLE,
    /** The item's response A was shown first, as "A". */
    AB,
    /** The item's response B was shown first, as "A". */
    BA
}
