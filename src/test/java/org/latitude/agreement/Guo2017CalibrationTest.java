package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Calibration figures on cases checked by hand from their definitions — ECE (Guo, Pleiss, Sun &amp; Weinberger
 * 2017, eq. 3; Naeini et al. 2015), the Brier score (Brier 1950), the κ-maximising threshold (Cohen 1960) — and
 * recomputed with NumPy (same values).
 */
class Guo2017CalibrationTest {

    private static final ValueDomain VERDICT = ValueDomain.nominal(List.of("safe", "unsafe"));

    /**
     * Ten items, P(unsafe) = .05 .15 .25 .35 .55 .65 .75 .85 .95 .95 with human majorities 0 0 0 1 1 0 1 1 1 0
     * (1 = unsafe). Five bins: [0,.2) conf .1 freq 0; [.2,.4) conf .3 freq .5; [.4,.6) conf .55 freq 1; [.6,.8)
     * conf .7 freq .5; [.8,1] conf .9167 freq .6667, so ECE = (0.2 + 0.4 + 0.45 + 0.4 + 0.75)/10 = 0.22. Brier =
     * Σ (p − y)²/10 = 2.125/10 = 0.2125. Thresholds: flagging p ≥ .35 gives 5 true positives, 2 false positives and
     * 3 true negatives, p<sub>o</sub> = .8, p<sub>e</sub> = .5, κ = 0.6, the maximum (next best 0.4).
     */
    @Test
    void eceBrierAndThresholdOfAHandCheckedGuardScore() {
        double[] p = {.05, .15, .25, .35, .55, .65, .75, .85, .95, .95};
        int[] majority = {0, 0, 0, 1, 1, 0, 1, 1, 1, 0};
        RatingTableBuilder b = RatingTable.builder(VERDICT);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            String unit = "i" + i;
            b.addCode(unit, "h1", majority[i]).addCode(unit, "h2", majority[i]).addCode(unit, "h3", 1 - majority[i]);
            scores.put(unit, p[i]);
        }
        b.add("tie", "h1", "safe").add("tie", "h2", "unsafe");
        scores.put("tie", 0.5);
        b.add("unscored", "h1", "safe").add("unscored", "h2", "safe");
        CalibrationResult r = Calibration.of(b.build(), Set.of(), List.of(ModelProbabilities.ofPositive("guard", 1,
                scores)), CalibrationOptions.defaults().withBins(5), AnalysisOptions.defaults(), null).getFirst();
        assertThat(r.target()).isEqualTo("P(unsafe)");
        assertThat(r.items()).isEqualTo(10);
        assertThat(r.itemsWithoutMajority()).isEqualTo(1);
        assertThat(r.itemsWithoutProbability()).isEqualTo(1);
        assertThat(r.ece().value()).isCloseTo(0.22, within(1e-12));
        assertThat(r.brier().value()).isCloseTo(0.2125, within(1e-12));
        assertThat(r.threshold().value()).isEqualTo(0.35);
        assertThat(r.thresholdKappa().value()).isCloseTo(0.6, within(1e-12));
        assertThat(r.bins()).extracting(ReliabilityBin::count).containsExactly(2, 2, 1, 2, 3);
        assertThat(r.bins().get(4).meanConfidence()).isCloseTo(2.75 / 3, within(1e-12));
        assertThat(r.bins().get(4).observedFrequency()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.ece().interval()).isNull();
    }

    /**
     * Top-label calibration of P(A), P(B), P(tie): items (.7,.2,.1 | A), (.4,.4,.2 | B), (.1,.3,.6 | tie),
     * (.2,.5,.3 | A). The argmax (lowest value on a tie) hits items 1 and 3; confidences .7, .4, .6, .5 fall in bins
     * 3, 2, 3, 2 of five: ECE = (|0 − .9| + |2 − 1.3|)/4 = 0.4. Brier (all values) = (.14 + .56 + .26 + .98)/4 =
     * 0.485. No threshold on three values.
     */
    @Test
    void topLabelCalibrationOfAPairwiseJudge() {
        CalibrationResult r = pairwise(new double[][] {{.7, .2, .1}, {.4, .4, .2}, {.1, .3, .6}, {.2, .5, .3}},
                new int[] {0, 1, 2, 0}, CalibrationOptions.defaults().withBins(5));
        assertThat(r.target()).isEqualTo("top label");
        assertThat(r.ece().value()).isCloseTo(0.4, within(1e-12));
        assertThat(r.brier().value()).isCloseTo(0.485, within(1e-12));
        assertThat(r.threshold().value()).isNaN();
        assertThat(r.threshold().reason()).contains("two-valued");
        assertThat(r.thresholdRule()).isNull();
    }

    /**
     * The κ-maximising tie margin of a pairwise judge: P(A), P(B), P(tie) = (.6,.35,.05 | A), (.45,.4,.15 | tie),
     * (.2,.7,.1 | B), (.5,.42,.08 | tie), (.38,.45,.17 | B), margins |P(A) − P(B)| = .25, .05, .5, .08, .07. Never
     * answering tie agrees on 3 of 5; "tie when the margin ≤ .05" on 4: answers A, tie, B, A, B against A, tie, B,
     * tie, B, p<sub>o</sub> = .8, p<sub>e</sub> = (2·1 + 1·2 + 2·2)/25 = .32, κ = .48/.68 = 12/17 — the best (t = .08
     * also agrees on 4 but p<sub>e</sub> = .36, κ = .6875).
     */
    @Test
    void tieMarginOfAPairwiseJudgeMaximisesKappa() {
        double[][] p = {{.6, .35, .05}, {.45, .4, .15}, {.2, .7, .1}, {.5, .42, .08}, {.38, .45, .17}};
        int[] majority = {0, 2, 1, 2, 1};
        CalibrationResult r = pairwise(p, majority, CalibrationOptions.defaults().withTie("TIE"));
        assertThat(r.thresholdRule()).startsWith("tie when");
        assertThat(r.threshold().value()).isCloseTo(0.05, within(1e-12));
        assertThat(r.thresholdKappa().value()).isCloseTo(12.0 / 17, within(1e-12));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pairwise(p, majority,
                CalibrationOptions.defaults().withTie("draw"))).hasMessageContaining("draw");
    }

    @Test
    void bootstrapIntervalsAreSeededAndContainTheEstimates() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(2);
        RatingTableBuilder b = RatingTable.builder(VERDICT);
        Map<String, Double> sharp = new LinkedHashMap<>();
        Map<String, Double> vague = new LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            int truth = random.nextDouble() < 0.3 ? 1 : 0;
            for (String h : List.of("h1", "h2", "h3")) {
                b.addCode("i" + i, h, random.nextDouble() < 0.85 ? truth : 1 - truth);
            }
            sharp.put("i" + i, truth == 1 ? 0.7 + 0.3 * random.nextDouble() : 0.3 * random.nextDouble());
            vague.put("i" + i, 0.5);
        }
        RatingTable t = b.build();
        AnalysisOptions options = AnalysisOptions.defaults().withBootstrap(300, 17);
        List<ModelProbabilities> models = List.of(ModelProbabilities.ofPositive("sharp", 1, sharp),
                ModelProbabilities.ofPositive("vague", 1, vague));
        CalibrationOptions tenBins = CalibrationOptions.defaults();
        List<CalibrationResult> first = Calibration.of(t, Set.of(), models, tenBins, options, null);
        List<CalibrationResult> again = Calibration.of(t, Set.of(), models, tenBins, options, null);
        assertThat(again).isEqualTo(first);
        for (Estimate e : List.of(first.get(0).ece(), first.get(0).brier(), first.get(0).threshold(),
                first.get(1).brier())) {
            assertThat(e.interval().low()).isLessThanOrEqualTo(e.value());
            assertThat(e.interval().high()).isGreaterThanOrEqualTo(e.value());
            assertThat(e.interval().seed()).isEqualTo(17);
        }
        assertThat(first.get(0).brier().value()).isLessThan(first.get(1).brier().value());
        assertThat(first.get(1).threshold().value()).isEqualTo(0.5);
        assertThat(first.get(1).thresholdKappa().value()).isZero();
    }

    @Test
    void probabilitiesOutsideTheSimplexAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ModelProbabilities("m",
                Map.of("i1", new double[] {0.6, 0.6}))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelProbabilities.ofPositive("m", 1,
                Map.of("i1", 1.2))).hasMessageContaining("not in [0, 1]");
    }

    /** A pairwise field (A, B, TIE) where two humans give the majority and a judge the probabilities. */
    private static CalibrationResult pairwise(double[][] p, int[] majority, CalibrationOptions calibration) {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(List.of("A", "B", "TIE")));
        Map<String, double[]> probabilities = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            b.addCode("i" + i, "h1", majority[i]).addCode("i" + i, "h2", majority[i]);
            probabilities.put("i" + i, p[i]);
        }
        return Calibration.of(b.build(), Set.of(), List.of(new ModelProbabilities("judge", probabilities)),
                calibration, AnalysisOptions.defaults(), null).getFirst();
    }
}
