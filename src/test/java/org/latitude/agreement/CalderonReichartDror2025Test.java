package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The alt-test on small cases derived by hand from the definitions of Calderon, Reichart &amp; Dror (2025, "The
 * Alternative Annotator Test for LLM-as-a-Judge", ACL 2025, §3: the alignment score, the indicators W<sup>f</sup>
 * and W<sup>h</sup>, the one-sided paired t-test against ε, the Benjamini–Yekutieli correction, ω and ρ; FAQ: the
 * Wilcoxon signed-rank test below 30 items). Each p-value was also computed with the authors' released
 * {@code alt_test} function and SciPy 1.17.1 ({@code ttest_1samp(d, ε, alternative="less")},
 * {@code wilcoxon(d − ε, alternative="less", method=PermutationMethod(n_resamples=inf))}); the values are quoted.
 *
 * <p>Three humans h1, h2, h3 and a model f label items safe (S) or unsafe (U) in blocks of identical items:
 * <ul>
 * <li>(S, S, S | f = S): every score ties, d = 0 for everyone;</li>
 * <li>(U, U, U | f = S): the excluded human represents the others (S = 1), the model does not (S = 0): d = +1;</li>
 * <li>(S, U, U | f = U): leaving h1 out, the model matches both others and h1 neither: d = −1; leaving h2 (or h3)
 * out, both score ½: a tie, d = 0.</li>
 * </ul>
 */
class CalderonReichartDror2025Test {

    private static final String S = "safe";
    private static final String U = "unsafe";

    /**
     * 20 × (S,S,S|S), 10 × (U,U,U|S), 6 × (S,U,U|U), ε = 0.2. For h1: d̄ = (10 − 6)/36 = 1/9, s² = (10·(8/9)² +
     * 6·(10/9)² + 20·(1/9)²)/35 = 4/9, so t = (1/9 − 1/5)/((2/3)/6) = −0.8 exactly and p = F<sub>35</sub>(−0.8) =
     * 0.2145537290873022. For h2 and h3: d̄ = 10/36, s² = 13/63, t = 1.02731913998748, p = 0.8443409759684247.
     * Nothing is rejected: ω = 0 (fail); ρ<sup>f</sup> = 26/36 for every annotator, so ρ = 13/18.
     */
    @Test
    void aModelThatMissesUnanimousUnsafeItemsFailsAtEpsilonPointTwo() {
        AltTestResult r = altTest(blocks(20, S, S, S, S, 10, U, U, U, S, 6, S, U, U, U), 0.2);
        AltTestAnnotator h1 = r.annotators().get(0);
        assertThat(h1.items()).isEqualTo(36);
        assertThat(h1.test()).isEqualTo(AnnotatorTest.T_TEST);
        assertThat(h1.statistic()).isCloseTo(-0.8, within(1e-12));
        assertThat(h1.pValue()).isCloseTo(0.2145537290873022, within(1e-12));
        assertThat(h1.llmAdvantage()).isEqualTo(26.0 / 36);
        assertThat(h1.humanAdvantage()).isEqualTo(30.0 / 36);
        AltTestAnnotator h2 = r.annotators().get(1);
        assertThat(h2.statistic()).isCloseTo(1.02731913998748, within(1e-12));
        assertThat(h2.pValue()).isCloseTo(0.8443409759684247, within(1e-12));
        assertThat(h2.humanAdvantage()).isEqualTo(1.0);
        assertThat(r.winningRate()).isZero();
        assertThat(r.advantageProbability()).isCloseTo(13.0 / 18, within(1e-15));
        assertThat(r.passed()).isFalse();
        assertThat(r.smallSampleRuleApplied()).isFalse();
    }

    /**
     * 20 × (S,S,S|S), 2 × (U,U,U|S), 14 × (S,U,U|U), ε = 0.2. h1: d̄ = −1/3, s² = 12/35, t = −5.465040408511785, p =
     * 1.9595291640696583e-06; h2, h3: d̄ = 1/18, t = −3.730636280693085, p = 3.376305326353766e-04. BY with m = 3,
     * c(3) = 11/6: thresholds k·0.05/5.5 = 0.00909, 0.01818, 0.02727 — all three p-values fall below theirs, so
     * ω = 1 (pass) and ρ = 34/36.
     */
    @Test
    void aModelThatSidesWithTheMajorityPassesAtEpsilonPointTwo() {
        AltTestResult r = altTest(blocks(20, S, S, S, S, 2, U, U, U, S, 14, S, U, U, U), 0.2);
        assertThat(r.annotators()).extracting(AltTestAnnotator::pValue).satisfiesExactly(
                p -> assertThat(p).isCloseTo(1.9595291640696583e-06, within(1e-15)),
                p -> assertThat(p).isCloseTo(3.376305326353766e-04, within(1e-15)),
                p -> assertThat(p).isCloseTo(3.376305326353766e-04, within(1e-15)));
        double adjusted = 3 * (11.0 / 6) * 3.376305326353766e-04 / 3;
        assertThat(r.annotators().get(2).adjustedPValue()).isCloseTo(adjusted, within(1e-12));
        assertThat(r.annotators()).allMatch(AltTestAnnotator::modelWins);
        assertThat(r.winningRate()).isEqualTo(1.0);
        assertThat(r.advantageProbability()).isCloseTo(34.0 / 36, within(1e-15));
        assertThat(r.passed()).isTrue();
    }

    /**
     * 6 × (S,S,S|S), 1 × (U,U,U|S), 7 × (S,U,U|U): 14 items per annotator, under 30, so the paper's Wilcoxon
     * signed-rank test decides. h1: d − ε = one 0.8, seven −1.2, six −0.2; doubled mid-ranks 7 (×6), 14, 22 (×7);
     * T⁺ = 7 and P(T⁺ ≤ 7) counts the sign sets with doubled rank sum ≤ 14: ∅, one 7 (6 ways), two 7s (15), the 14
     * (1) = 23/16384. h2: one 0.8 (rank 14) and thirteen −0.2 (mid-rank 7): P(T⁺ ≤ 14) = (1 + 13 + 78 + 1)/16384 =
     * 93/16384. BY: 23/16384 ≤ 0.00909, 93/16384 ≤ 0.01818 — all rejected, ω = 1; the t-test of the authors' code
     * would give p = 0.0475 for h2 and h3, and ω = 1/3.
     */
    @Test
    void underThirtyItemsTheSignedRankTestOfThePaperDecides() {
        List<String[]> items = blocks(6, S, S, S, S, 1, U, U, U, S, 7, S, U, U, U);
        AltTestResult r = altTest(items, 0.2);
        assertThat(r.smallSampleRuleApplied()).isTrue();
        assertThat(r.annotators()).allMatch(a -> a.test() == AnnotatorTest.WILCOXON_SIGNED_RANK);
        assertThat(r.annotators()).extracting(AltTestAnnotator::pValue)
                .containsExactly(23.0 / 16384, 93.0 / 16384, 93.0 / 16384);
        assertThat(r.annotators().get(0).statistic()).isEqualTo(7.0);
        assertThat(r.annotators().get(0).adjustedPValue()).isCloseTo(5.5 * 23 / 16384, within(1e-15));
        assertThat(r.winningRate()).isEqualTo(1.0);
        assertThat(r.advantageProbability()).isCloseTo(13.0 / 14, within(1e-15));
        assertThat(r.warnings()).anyMatch(w -> w.contains("Wilcoxon"));

        AltTestOptions tTestAnyway = new AltTestOptions(0.2, 0.05, null, 2, 2, SmallSampleRule.WILCOXON_SIGNED_RANK);
        AltTestResult authors = AltTest.run(table(items), Set.of("f"), tTestAnyway).getFirst();
        assertThat(authors.annotators().get(1).pValue()).isCloseTo(0.04754946638752177, within(1e-12));
        assertThat(authors.winningRate()).isCloseTo(1.0 / 3, within(1e-15));

        AltTestResult skipped = AltTest.run(table(items), Set.of("f"),
                AltTestOptions.of(0.2).withSmallSamples(SmallSampleRule.SKIP)).getFirst();
        assertThat(skipped.annotators()).allMatch(a -> a.test() == AnnotatorTest.SKIPPED_FEW_ITEMS);
        assertThat(skipped.winningRate()).isNaN();
        assertThat(skipped.reason()).isNotBlank();
        assertThat(skipped.passed()).isFalse();
    }

    /**
     * Jaccard scoring on one item h1 = {a}, h2 = {a, b}, h3 = {b}, f = {a, b}. Leaving h1 out: S(f) = (1 + ½)/2 = ¾,
     * S(h1) = (½ + 0)/2 = ¼, the model wins the item; leaving h2 out: S(f) = S(h2) = (½ + ½)/2, a tie; leaving h3
     * out: S(f) = (½ + 1)/2 = ¾ against S(h3) = ¼. So ρ<sup>f</sup> = 1 for all, ρ<sup>h</sup> = 0, 1, 0.
     */
    @Test
    void jaccardScoresLabelSetsByTheirOverlap() {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.set(List.of("a", "b")));
        b.addSet("i1", "h1", List.of("a")).addSet("i1", "h2", List.of("a", "b")).addSet("i1", "h3", List.of("b"))
                .addSet("i1", "f", List.of("a", "b"));
        AltTestResult r = AltTest.run(b.build(), Set.of("f"), AltTestOptions.of(0.1)).getFirst();
        assertThat(r.scoring()).isEqualTo(AltTestScoring.JACCARD);
        assertThat(r.annotators()).extracting(AltTestAnnotator::llmAdvantage).containsExactly(1.0, 1.0, 1.0);
        assertThat(r.annotators()).extracting(AltTestAnnotator::humanAdvantage).containsExactly(0.0, 1.0, 0.0);
    }

    /**
     * −RMSE on one item rated 1, 2, 4 with f = 2: leaving out the 1, the model's squared errors to {2, 4} are 0 + 4
     * and the human's 1 + 9, the model wins; leaving out the 2, the model ties the human (it says the same); leaving
     * out the 4, the model's errors to {1, 2} are 1 + 0 against 9 + 4.
     */
    @Test
    void negativeRmseScoresNumbersByDistance() {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.interval(1, 2, 3, 4, 5));
        b.add("i1", "h1", "1").add("i1", "h2", "2").add("i1", "h3", "4").add("i1", "f", "2");
        AltTestResult r = AltTest.run(b.build(), Set.of("f"), AltTestOptions.of(0.1)).getFirst();
        assertThat(r.scoring()).isEqualTo(AltTestScoring.NEG_RMSE);
        assertThat(r.annotators()).extracting(AltTestAnnotator::humanAdvantage).containsExactly(0.0, 1.0, 0.0);
        assertThat(r.annotators()).extracting(AltTestAnnotator::llmAdvantage).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void itemsWithoutTheModelOrWithASingleHumanAreDroppedAndCounted() {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(List.of(S, U)));
        b.add("i1", "h1", S).add("i1", "h2", S).add("i1", "f", S);
        b.add("i2", "h1", S).add("i2", "h2", U);
        b.add("i3", "h1", U).add("i3", "f", U);
        AltTestResult r = AltTest.run(b.build(), Set.of("f"), AltTestOptions.of(0.1)).getFirst();
        assertThat(r.items()).isEqualTo(1);
        assertThat(r.droppedItems()).isEqualTo(2);
        assertThat(r.warnings()).anyMatch(w -> w.contains("at least three")).anyMatch(w -> w.contains("50 to 100"));
    }

    @Test
    void aScoringThatDoesNotFitTheFieldIsRefused() {
        RatingTable t = table(blocks(2, S, S, S, S));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AltTest.run(t, Set.of("f"),
                AltTestOptions.of(0.1).withScoring(AltTestScoring.NEG_RMSE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEG_RMSE");
    }

    static AltTestResult altTest(List<String[]> items, double epsilon) {
        return AltTest.run(table(items), Set.of("f"), AltTestOptions.of(epsilon)).getFirst();
    }

    static RatingTable table(List<String[]> items) {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(List.of(S, U)));
        for (int i = 0; i < items.size(); i++) {
            String[] row = items.get(i);
            String unit = String.format("i%03d", i);
            b.add(unit, "h1", row[0]).add(unit, "h2", row[1]).add(unit, "h3", row[2]).add(unit, "f", row[3]);
        }
        return b.build();
    }

    /** Blocks of identical items: count, h1, h2, h3, f, count, … */
    static List<String[]> blocks(Object... spec) {
        List<String[]> items = new java.util.ArrayList<>();
        for (int k = 0; k < spec.length; k += 5) {
            for (int n = 0; n < (int) spec[k]; n++) {
                items.add(new String[] {(String) spec[k + 1], (String) spec[k + 2], (String) spec[k + 3],
                        (String) spec[k + 4]});
            }
        }
        return items;
    }
}
