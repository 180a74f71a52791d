package org.latitude.dataset;

/** What an item asks of an annotator: label an exchange, or compare the two responses of a pair. */
public enum ItemKind {
    /** A conversation of user / assistant / system turns; the last response may be absent. */
    EXCHANGE,
    /** A conversation context and two candidate responses, A and B. */
    PAIR
}
