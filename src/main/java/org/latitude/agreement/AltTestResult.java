package org.latitude.agreement;

import java.util.List;

/**
 * The alt-test of one model on one field (Calderon, Reichart &amp; Dror 2025, "The Alternative Annotator Test for
 * LLM-as-a-Judge", ACL 2025, §3). The winning rate ω is the share of tested annotators whose null hypothesis is
 * rejected after the Benjamini–Yekutieli correction; the model passes — may replace the annotators — when ω ≥ 0.5.
 * The average advantage probability ρ is the mean of ρ<sup>f</sup><sub>j</sub> over the tested annotators: the
 * probability that the model is as good as or better than a randomly chosen annotator, for comparing models.
 *
 * @param model               the model's coder id
 * @param options             ε, q, the scoring and the small-sample rule used
 * @param scoring             the alignment scoring function applied
 * @param winningRate         ω ({@code alt_test_winning_rate}), NaN when no annotator could be tested
 * @param advantageProbability ρ ({@code alt_test_advantage_probability}), NaN likewise
 * @param items               items used: the model labelled them and at least {@code minHumansPerItem} humans did
 * @param droppedItems        items with a human label left out (no model label, or too few humans)
 * @param annotators          each human, in coder order, with the test run and its p-values
 * @param smallSampleRuleApplied whether some annotator had fewer than {@code minItemsForTTest} items, so the
 *                            small-sample rule decided how they were treated
 * @param warnings            plain-language cautions (few annotators, annotators under 30 items, …)
 * @param reason              why ω is NaN, else {@code null}
 */
public record AltTestResult(String model, AltTestOptions options, AltTestScoring scoring, double winningRate,
                            double advantageProbability, int items, int droppedItems,
                            List<AltTestAnnotator> annotators, boolean smallSampleRuleApplied,
                            List<String> warnings, String reason) {

    public AltTestResult {
        annotators = List.copyOf(annotators);
        warnings = List.copyOf(warnings);
    }

    /** The paper's verdict: ω ≥ 0.5 (false when ω is undefined). */
    public boolean passed() {
        return winningRate >= 0.5;
    }

    /** Annotators that entered ω and ρ. */
    public long testedAnnotators() {
        return annotators.stream().filter(a -> a.test().tested()).count();
    }
}
