package org.latitude.agreement;

/**
 * What the alt-test does with an annotator who shares fewer items with the model than the t-test needs (30 by
 * default). Calderon, Reichart &amp; Dror (2025, FAQ "What if I have fewer than 30 annotated instances per
 * annotator?"): the normality assumption of the t-test does not hold there, so a non-parametric test such as the
 * Wilcoxon signed-rank test should be used instead; their released code skips such annotators.
 */
public enum SmallSampleRule {
    /** The paper's rule: test the annotator with the exact Wilcoxon signed-rank test ({@link SignedRankTest}). */
    WILCOXON_SIGNED_RANK,
    /** The authors' reference code ({@code min_instances_per_human=30}): leave the annotator out of ω and ρ. */
    SKIP
}
