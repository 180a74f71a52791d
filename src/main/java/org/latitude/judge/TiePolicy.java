package org.latitude.judge;

/** How an ensemble of judges resolves a tied vote (MLCommons modelgauge's {@code tie_is_safe} and its opposites). */
public enum TiePolicy {
    /** A tie counts as safe. */
    SAFE,
    /** A tie counts as unsafe. */
    UNSAFE,
    /** A tie gives no verdict. */
    NONE
}
