package org.latitude.agreement;

/**
 * Settings of the alt-test (Calderon, Reichart &amp; Dror 2025).
 *
 * @param epsilon          the cost-benefit margin ε: how much better the excluded human must be for the model to
 *                         lose. The paper's guidance: 0.2 for experts, 0.15 for skilled or trained workers, 0.1 for
 *                         crowd workers (lower when inter-annotator agreement is low)
 * @param fdrLevel         q of the Benjamini–Yekutieli correction across annotators (the paper: 0.05)
 * @param scoring          the alignment scoring function, {@code null} for the paper's choice for the field's level
 * @param minHumansPerItem items with fewer human annotations are dropped (the paper: 2, so one remains when one is
 *                         left out)
 * @param minItemsForTTest annotators with fewer items than this fall under {@code smallSamples} (the paper: 30)
 * @param smallSamples     what happens to those annotators
 */
public record AltTestOptions(double epsilon, double fdrLevel, AltTestScoring scoring, int minHumansPerItem,
                             int minItemsForTTest, SmallSampleRule smallSamples) {

    public static final double EXPERTS = 0.2;
    public static final double SKILLED = 0.15;
    public static final double CROWD = 0.1;

    public AltTestOptions {
        if (!(epsilon >= 0 && epsilon < 1)) {
            throw new IllegalArgumentException("ε must lie in [0, 1), not " + epsilon);
        }
        if (!(fdrLevel > 0 && fdrLevel < 1)) {
            throw new IllegalArgumentException("the false discovery rate must lie in (0, 1), not " + fdrLevel);
        }
        if (minHumansPerItem < 2 || minItemsForTTest < 2 || smallSamples == null) {
            throw new IllegalArgumentException("need at least 2 humans per item, at least 2 items for the t-test and"
                    + " a small-sample rule");
        }
    }

    /** The paper's settings with this ε: q = 0.05, scoring by level, 2 humans per item, Wilcoxon below 30 items. */
    public static AltTestOptions of(double epsilon) {
        return new AltTestOptions(epsilon, 0.05, null, 2, 30, SmallSampleRule.WILCOXON_SIGNED_RANK);
    }

    public AltTestOptions withSmallSamples(SmallSampleRule rule) {
        return new AltTestOptions(epsilon, fdrLevel, scoring, minHumansPerItem, minItemsForTTest, rule);
    }

    public AltTestOptions withScoring(AltTestScoring scoringFunction) {
        return new AltTestOptions(epsilon, fdrLevel, scoringFunction, minHumansPerItem, minItemsForTTest,
                smallSamples);
    }

    /** The scoring used on a field of this level. */
    AltTestScoring scoringFor(Level level) {
        AltTestScoring s = scoring == null ? AltTestScoring.forLevel(level) : scoring;
        s.requireFits(level);
        return s;
    }
}
