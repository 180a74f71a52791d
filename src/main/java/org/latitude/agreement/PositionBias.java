package org.latitude.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * Position bias of pairwise judges and annotators.
 *
 * <p>A judge run in both orders (Zheng et al. 2023, "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena",
 * NeurIPS Datasets and Benchmarks, §3.3 "position bias": consistency under swapped positions; Wang et al. 2024,
 * "Large Language Models are not Fair Evaluators", ACL): the flip rate (the answer in item terms changes with the
 * order), the first-position rate (share of non-tie answers choosing the response shown first), Cohen's κ between
 * the two orders' answers, with unit-bootstrap intervals over items (the two orders are treated as two coders of
 * the item), and an exact binomial test of primacy flips (first chosen both times) against recency flips.
 *
 * <p>Annotators (shown order stored with each answer): the first-shown rate among non-tie answers, with its exact
 * Clopper–Pearson interval (Clopper &amp; Pearson 1934, <i>Biometrika</i> 26(4)) and the exact two-sided binomial
 * test of a rate of 0.5, per annotator (Benjamini–Yekutieli across them) and pooled.
 */
public final class PositionBias {

    public static final String ALL_ANNOTATORS = "all annotators";

    private static final ValueDomain CHOICES = ValueDomain.nominal(List.of("A", "B", "TIE"));
    private static final String A_FIRST = "a_first";
    private static final String B_FIRST = "b_first";
    private static final int A = PairChoice.A.ordinal();
    private static final int B = PairChoice.B.ordinal();
    private static final int TIE = PairChoice.TIE.ordinal();

    private PositionBias() {
    }

    /**
     * @throws DuplicateRatingException if an item appears twice
     */
    public static JudgePositionBias ofJudge(String model, List<OrderedJudgment> judgments, AnalysisOptions options) {
        RatingTableBuilder b = RatingTable.builder(CHOICES);
        for (OrderedJudgment j : judgments) {
            if (j.aShownFirst() != null) {
                b.addCode(j.item(), A_FIRST, j.aShownFirst().ordinal());
            }
            if (j.bShownFirst() != null) {
                b.addCode(j.item(), B_FIRST, j.bShownFirst().ordinal());
            }
        }
        RatingTable t = b.build();
        int[] first = HumanModelComparison.labelsOf(t, t.coderCode(A_FIRST));
        int[] second = HumanModelComparison.labelsOf(t, t.coderCode(B_FIRST));
        Resampled r = Resampled.of(t, options, w -> orders(w, first, second));
        int complete = 0;
        int consistent = 0;
        int primacy = 0;
        int recency = 0;
        for (int u = 0; u < first.length; u++) {
            if (first[u] >= 0 && second[u] >= 0) {
                complete++;
                consistent += first[u] == second[u] ? 1 : 0;
                primacy += first[u] == A && second[u] == B ? 1 : 0;
                recency += first[u] == B && second[u] == A ? 1 : 0;
            }
        }
        double p = primacy + recency == 0 ? Double.NaN : new BinomialTest().binomialTest(primacy + recency, primacy,
                0.5, AlternativeHypothesis.TWO_SIDED);
        String none = "no item has an answer in both orders";
        return new JudgePositionBias(model, complete, t.unitCount() - complete, consistent, primacy, recency,
                r.estimate(0, none), r.estimate(1, "every answer is a tie"),
                r.estimate(2, "no item in both orders, or no variation in the answers"), p);
    }

    /** [flip rate, first-position rate, κ between the orders] over items answered in both orders. */
    private static double[] orders(int[] w, int[] first, int[] second) {
        double items = 0;
        double flips = 0;
        double chosenFirst = 0;
        double nonTie = 0;
        double[] table = new double[9];
        for (int u = 0; u < first.length; u++) {
            int weight = w == null ? 1 : w[u];
            if (weight == 0 || first[u] < 0 || second[u] < 0) {
                continue;
            }
            items += weight;
            flips += first[u] != second[u] ? weight : 0;
            chosenFirst += weight * ((first[u] == A ? 1 : 0) + (second[u] == B ? 1 : 0));
            nonTie += weight * ((first[u] != TIE ? 1 : 0) + (second[u] != TIE ? 1 : 0));
            table[first[u] * 3 + second[u]] += weight;
        }
        return new double[] {items > 0 ? flips / items : Double.NaN, nonTie > 0 ? chosenFirst / nonTie : Double.NaN,
                CoderPairs.pair(A_FIRST, B_FIRST, table, 3, null).cohenKappa().value()};
    }

    /**
     * @param confidenceLevel of the Clopper–Pearson intervals, e.g. 0.95
     * @return one row per annotator in id order, then the pooled row {@link #ALL_ANNOTATORS}
     */
    public static List<HumanPositionBias> ofHumans(List<ShownAnswer> answers, double confidenceLevel) {
        Map<String, int[]> counts = new TreeMap<>();
        int[] all = new int[3];
        for (ShownAnswer a : answers) {
            int[] c = counts.computeIfAbsent(a.annotator(), k -> new int[3]);
            for (int[] target : List.of(c, all)) {
                target[0]++;
                target[1] += a.answer() == PairChoice.TIE ? 1 : 0;
                target[2] += a.answer() == PairChoice.shownFirst(a.aShownFirst()) ? 1 : 0;
            }
        }
        List<HumanPositionBias> rows = new ArrayList<>();
        counts.forEach((annotator, c) -> rows.add(row(annotator, c, confidenceLevel)));
        double[] p = rows.stream().mapToDouble(HumanPositionBias::pValue).toArray();
        if (p.length > 0) {
            double[] adjusted = BenjaminiYekutieli.apply(p, 0.05).adjusted();
            for (int i = 0; i < rows.size(); i++) {
                HumanPositionBias h = rows.get(i);
                rows.set(i, new HumanPositionBias(h.annotator(), h.answers(), h.ties(), h.firstShown(),
                        h.firstShownRate(), h.ciLow(), h.ciHigh(), h.pValue(), adjusted[i], h.reason()));
            }
        }
        rows.add(row(ALL_ANNOTATORS, all, confidenceLevel));
        return rows;
    }

    private static HumanPositionBias row(String annotator, int[] c, double level) {
        int n = c[0] - c[1];
        int k = c[2];
        if (n == 0) {
            return new HumanPositionBias(annotator, c[0], c[1], 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, "no answer other than a tie");
        }
        double tail = (1 - level) / 2;
        double low = k == 0 ? 0 : new BetaDistribution(null, k, n - k + 1).inverseCumulativeProbability(tail);
        double high = k == n ? 1 : new BetaDistribution(null, k + 1, n - k).inverseCumulativeProbability(1 - tail);
        double p = new BinomialTest().binomialTest(n, k, 0.5, AlternativeHypothesis.TWO_SIDED);
        return new HumanPositionBias(annotator, c[0], c[1], k, (double) k / n, low, high, p, p, null);
    }
}
