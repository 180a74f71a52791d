package org.latitude.agreement;

/** Which test the alt-test ran for one excluded annotator. */
public enum AnnotatorTest {
    /** One-sided one-sample t-test of the paired differences against ε (30 items or more). */
    T_TEST,
    /** Exact one-sided Wilcoxon signed-rank test of the differences minus ε (fewer than 30 items, the paper's rule). */
    WILCOXON_SIGNED_RANK,
    /** Not tested: fewer than 30 items under {@link SmallSampleRule#SKIP}; not counted in ω or ρ. */
    SKIPPED_FEW_ITEMS,
    /** Not tested: no item with the model's label and at least one other human; not counted in ω or ρ. */
    NO_ITEMS;

    /** Whether this annotator counts in the winning rate and the advantage probability. */
    public boolean tested() {
        return this == T_TEST || this == WILCOXON_SIGNED_RANK;
    }
}
