package org.latitude.agreement;

/**
 * The alt-test's comparison of a model with one excluded human annotator j (Calderon, Reichart &amp; Dror 2025,
 * §3): on the items j annotated, W<sup>f</sup><sub>i</sub> = 1 when the model's alignment score with the remaining
 * humans is at least the excluded human's, W<sup>h</sup><sub>i</sub> = 1 when the human's is at least the model's
 * (a tie counts for both). H<sub>0</sub>: ρ<sup>f</sup><sub>j</sub> ≤ ρ<sup>h</sup><sub>j</sub> − ε against
 * H<sub>1</sub>: ρ<sup>f</sup><sub>j</sub> &gt; ρ<sup>h</sup><sub>j</sub> − ε, tested on the paired differences
 * d<sub>i</sub> = W<sup>h</sup><sub>i</sub> − W<sup>f</sup><sub>i</sub>.
 *
 * @param annotator          the excluded human
 * @param items              items j annotated that have the model's label and another human's
 * @param llmAdvantage       ρ<sup>f</sup><sub>j</sub> = mean W<sup>f</sup>: the model's advantage probability over j
 *                           ({@code alt_test_llm_advantage}); NaN without items
 * @param humanAdvantage     ρ<sup>h</sup><sub>j</sub> = mean W<sup>h</sup>
 * @param test               the test run, or why none was
 * @param statistic          t for the t-test, T⁺ for the signed-rank test, NaN when not tested
 * @param pValue             one-sided p-value before correction, NaN when not tested or undefined
 * @param adjustedPValue     Benjamini–Yekutieli adjusted p-value across the tested annotators of this model
 * @param modelWins          H<sub>0</sub> rejected after the correction: the model "wins" against j
 * @param reason             why a p-value is NaN, else {@code null}
 */
public record AltTestAnnotator(String annotator, int items, double llmAdvantage, double humanAdvantage,
                               AnnotatorTest test, double statistic, double pValue, double adjustedPValue,
                               boolean modelWins, String reason) {

    /** ρ<sup>f</sup><sub>j</sub> − ρ<sup>h</sup><sub>j</sub>, the mean of −d: what the test compares with −ε. */
    public double advantageDifference() {
        return llmAdvantage - humanAdvantage;
    }

    AltTestAnnotator corrected(double adjusted, boolean wins) {
        return new AltTestAnnotator(annotator, items, llmAdvantage, humanAdvantage, test, statistic, pValue, adjusted,
                wins, reason);
    }
}
