package org.latitude.discretion;

/**
 * The three cases of an item, which depend only on the principles (Buyl et al. 2025,
 * docs/methods.md); every item is in exactly one.
 */
public enum ItemCase {
    /** Some relevant principles prefer y<sup>1</sup> and others y<sup>0</sup>. */
    CONFLICT,
    /** At least one principle is relevant and all relevant principles agree. */
    CONSENSUS,
    /** No principle is relevant: R(i) = ∅. */
    INDIFFERENCE
}
