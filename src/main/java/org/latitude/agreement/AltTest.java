package org.latitude.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The Alternative Annotator Test (Calderon, Reichart &amp; Dror 2025, "The Alternative Annotator Test for
 * LLM-as-a-Judge: How to Statistically Justify Replacing Human Annotators with LLMs", ACL 2025, §3): can a model
 * replace the human annotators of a field?
 *
 * <p>Each human j is left out in turn. On every item i that j annotated (with the model's label and at least one
 * other human), the alignment score S(a, x<sub>i</sub>, j) of an annotation a is its mean similarity
 * ({@link AltTestScoring}) with the remaining humans' annotations; W<sup>f</sup><sub>i,j</sub> = 1 when the model's
 * score is at least the excluded human's, W<sup>h</sup><sub>i,j</sub> = 1 when the human's is at least the model's.
 * The one-sided test of H<sub>0j</sub>: ρ<sup>f</sup><sub>j</sub> ≤ ρ<sup>h</sup><sub>j</sub> − ε uses the paired
 * differences d<sub>i</sub> = W<sup>h</sup> − W<sup>f</sup>: a one-sample t-test of mean(d) &lt; ε, t = (d̄ − ε) /
 * (s<sub>d</sub>/√n), p = F<sub>t,n−1</sub>(t); with fewer than 30 items the paper's non-parametric replacement
 * ({@link SmallSampleRule}). The p-values of one model are corrected across annotators with
 * {@link BenjaminiYekutieli} at q; ω is the share of rejected nulls and ρ the mean ρ<sup>f</sup><sub>j</sub>.
 *
 * <p>Scores are compared exactly where they are integers (accuracy; −RMSE of integer values) and to 1e-9 relative
 * otherwise, so a tie is a tie whatever the order of summation. Cost: O(Σ<sub>u</sub> m<sub>u</sub>) per model for
 * accuracy and −RMSE, O(Σ<sub>u</sub> m<sub>u</sub>²) for Jaccard.
 */
public final class AltTest {

    private AltTest() {
    }

    /**
     * @param table   humans and models rating one field
     * @param models  the coder ids that are models; every other coder is a human
     * @return one result per model, in coder order
     */
    public static List<AltTestResult> run(RatingTable table, Set<String> models, AltTestOptions options) {
        boolean[] isModel = ModelCoders.of(table, models, true);
        AltTestScoring scoring = options.scoringFor(table.level());
        List<AltTestResult> out = new ArrayList<>();
        for (int m = 0; m < isModel.length; m++) {
            if (isModel[m]) {
                out.add(model(table, isModel, m, options, scoring));
            }
        }
        return out;
    }

    private static AltTestResult model(RatingTable t, boolean[] isModel, int model, AltTestOptions o,
                                       AltTestScoring scoring) {
        AltTestTally tally = AltTestTally.count(t, isModel, model, o.minHumansPerItem(), scoring);
        List<AltTestAnnotator> annotators = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean small = false;
        for (int h = 0; h < t.coderCount(); h++) {
            if (isModel[h] || !tally.rated(h)) {
                continue;
            }
            int n = tally.items(h);
            small |= n > 0 && n < o.minItemsForTTest();
            annotators.add(annotator(t.coderId(h), tally, h, o));
            if (n > 0 && n < o.minItemsForTTest()) {
                warnings.add("annotator " + t.coderId(h) + " shares only " + n + " items with the model (fewer than "
                        + o.minItemsForTTest() + "): " + (o.smallSamples() == SmallSampleRule.SKIP
                        ? "left out, as the authors' reference code does"
                        : "tested with the exact Wilcoxon signed-rank test, the paper's rule"));
            }
        }
        if (annotators.size() < 3) {
            warnings.add(0, "only " + annotators.size() + " human annotators: the paper recommends at least three");
        }
        if (tally.usedItems() < 50) {
            warnings.add(0, "only " + tally.usedItems() + " items: the paper recommends 50 to 100");
        }
        return correct(t.coderId(model), o, scoring, tally, annotators, small, warnings);
    }

    private static AltTestResult correct(String model, AltTestOptions o, AltTestScoring scoring, AltTestTally tally,
                                         List<AltTestAnnotator> annotators, boolean small, List<String> warnings) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < annotators.size(); i++) {
            if (annotators.get(i).test().tested()) {
                tested.add(i);
            }
        }
        double[] p = tested.stream().mapToDouble(i -> annotators.get(i).pValue()).toArray();
        BenjaminiYekutieli.Outcome by = BenjaminiYekutieli.apply(p, o.fdrLevel());
        int wins = 0;
        double advantage = 0;
        for (int k = 0; k < p.length; k++) {
            AltTestAnnotator a = annotators.get(tested.get(k));
            annotators.set(tested.get(k), a.corrected(by.adjusted()[k], by.rejected()[k]));
            wins += by.rejected()[k] ? 1 : 0;
            advantage += a.llmAdvantage();
        }
        boolean none = p.length == 0;
        return new AltTestResult(model, o, scoring, none ? Double.NaN : (double) wins / p.length,
                none ? Double.NaN : advantage / p.length, tally.usedItems(), tally.droppedItems(), annotators, small,
                warnings, none ? "no annotator could be tested: none shares enough items with the model" : null);
    }

    private static AltTestAnnotator annotator(String id, AltTestTally tally, int h, AltTestOptions o) {
        int n = tally.items(h);
        if (n == 0) {
            return new AltTestAnnotator(id, 0, Double.NaN, Double.NaN, AnnotatorTest.NO_ITEMS, Double.NaN,
                    Double.NaN, Double.NaN, false, "no item with the model's label and another human's");
        }
        double rhoF = (double) tally.modelAtLeast(h) / n;
        double rhoH = (double) tally.humanAtLeast(h) / n;
        int plus = tally.humanAtLeast(h) - tally.ties(h);
        int minus = tally.modelAtLeast(h) - tally.ties(h);
        if (n < o.minItemsForTTest() && o.smallSamples() == SmallSampleRule.SKIP) {
            return new AltTestAnnotator(id, n, rhoF, rhoH, AnnotatorTest.SKIPPED_FEW_ITEMS, Double.NaN, Double.NaN,
                    Double.NaN, false, "fewer than " + o.minItemsForTTest() + " items");
        }
        if (n < o.minItemsForTTest()) {
            double[] d = new double[n];
            java.util.Arrays.fill(d, 0, plus, 1 - o.epsilon());
            java.util.Arrays.fill(d, plus, plus + minus, -1 - o.epsilon());
            java.util.Arrays.fill(d, plus + minus, n, -o.epsilon());
            SignedRankTest.Outcome w = SignedRankTest.less(d);
            return new AltTestAnnotator(id, n, rhoF, rhoH, AnnotatorTest.WILCOXON_SIGNED_RANK, w.statistic(),
                    w.pValue(), Double.NaN, false, w.nonZero() == 0 ? "every difference W^h − W^f equals ε" : null);
        }
        return tTest(id, n, rhoF, rhoH, plus, minus, o.epsilon());
    }

    /** One-sided one-sample t-test of mean(d) &lt; ε on n differences d ∈ {+1 (plus), −1 (minus), 0}. */
    private static AltTestAnnotator tTest(String id, int n, double rhoF, double rhoH, int plus, int minus,
                                          double epsilon) {
        double mean = (double) (plus - minus) / n;
        double squares = plus * (1 - mean) * (1 - mean) + minus * (1 + mean) * (1 + mean)
                + (n - plus - minus) * mean * mean;
        double se = Math.sqrt(squares / (n - 1) / n);
        double t;
        double p;
        String reason = null;
        if (se > 0) {
            t = (mean - epsilon) / se;
            p = new TDistribution(null, n - 1).cumulativeProbability(t);
        } else if (mean != epsilon) {
            t = mean < epsilon ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            p = mean < epsilon ? 0 : 1;
        } else {
            t = Double.NaN;
            p = Double.NaN;
            reason = "every difference W^h − W^f equals ε (no variance)";
        }
        return new AltTestAnnotator(id, n, rhoF, rhoH, AnnotatorTest.T_TEST, t, p, Double.NaN, false, reason);
    }
}
