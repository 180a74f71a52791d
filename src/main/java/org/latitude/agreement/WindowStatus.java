package org.latitude.agreement;

/** Whether a window's agreement can be read. */
public enum WindowStatus {
    /** α is defined on enough items. */
    ASSESSED,
    /** Fewer items with two or more ratings than the minimum: α is not reported. */
    TOO_FEW_ITEMS,
    /** α is undefined (e.g. every rating in the window has the same value: total agreement, 0/0); see the reason. */
    UNDEFINED
}
