package org.latitude.discretion;

/** How tied weights are ranked (rank 1 = highest priority). */
public enum RankTies {
    /** Tied principles share the average of the positions they occupy (pandas/scipy "average"). */
    AVERAGE,
    /**
     * The average rank cast to an integer (truncated), as the paper's point estimate does with pandas
     * {@code rank(ascending=False).astype(int)}: three principles tied in positions 1–3 all get rank 2 (docs/methods.md,
     * quirk 2). Truncation keeps the order of distinct groups, so it never changes Kendall's τ-b or DD.
     */
    TRUNCATED_AVERAGE
}
