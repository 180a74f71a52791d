package org.latitude.assignment;

/**
 * Which response of a pair an annotator sees on the left, decided once per annotator and item when the item is first
 * leased (a per-annotator coin, so position bias can be measured) and kept for re-leases and edits.
 */
public enum ShownOrder {
    /** Response A on the left, B on the right (the order of the source). */
    A_LEFT,
    /** Response B on the left: the sides are swapped. */
    B_LEFT;

    public static ShownOrder swapped(boolean swapSides) {
        return swapSides ? B_LEFT : A_LEFT;
    }

    /** Whether response B is shown on the left. */
    public boolean swapsSides() {
        return this == B_LEFT;
    }
}
