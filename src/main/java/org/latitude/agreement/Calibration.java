package org.latitude.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Calibration of model probabilities against the human majority of a field, with unit-bootstrap intervals (all models
 * share the replicates, so their differences are paired).
 *
 * <p>On a two-valued field the confidence of an item is the model's P(positive) — the second declared value, e.g.
 * P(unsafe) — and its outcome is 1 when the human majority is that value: the reliability diagram of a guard score.
 * With three or more values (P(A), P(B), P(tie)) the confidence is the top-label probability max<sub>k</sub>
 * p<sub>k</sub> and the outcome whether the argmax (lowest code on a tie) is the human majority (Guo, Pleiss, Sun
 * &amp; Weinberger 2017, "On Calibration of Modern Neural Networks", ICML, §2).
 * <ul>
 * <li>Reliability diagram: B equal-width bins of the confidence, each with its count, mean confidence and observed
 * frequency of the outcome (Murphy &amp; Winkler 1977; DeGroot &amp; Fienberg 1983).</li>
 * <li>Expected calibration error ECE = Σ<sub>b</sub> (n<sub>b</sub>/N) |freq<sub>b</sub> − conf<sub>b</sub>|
 * (Naeini, Cooper &amp; Hauskrecht 2015, AAAI; Guo et al. 2017, eq. 3).</li>
 * <li>Brier score (Brier 1950, "Verification of forecasts expressed in terms of probability", <i>Monthly Weather
 * Review</i> 78(1)): mean (p − y)² of the positive-class probability on a two-valued field (scikit-learn's
 * {@code brier_score_loss}); Brier's original mean Σ<sub>k</sub> (p<sub>k</sub> − y<sub>k</sub>)² over all values
 * otherwise.</li>
 * <li>κ-maximising threshold (two-valued fields): the t among the observed P(positive) for which the labels
 * [P ≥ t] have the highest Cohen's κ (Cohen 1960) with the human majority; the smallest such t on ties. On a
 * pairwise field with a tie value ({@link CalibrationOptions#tieLabel()}): the tie margin t — "tie" when
 * |P(A) − P(B)| ≤ t — with the highest κ ({@link TieMarginSweep}).</li>
 * </ul>
 * Items without a human majority (a tie excluded by the rule) or without probabilities are counted and left out.
 */
public final class Calibration {

    private Calibration() {
    }

    /**
     * @param table         the field's ratings; humans are the coders not in {@code models}
     * @param models        coder ids of models in the table (left out of the human majority); may be empty
     * @param probabilities one entry per model to calibrate (the model need not have labels in the table)
     * @param calibration   bins and the tie value of a pairwise field
     * @param options       tie rule of the majority and the bootstrap (replicates, seed, level, parallel)
     * @param fitted        Dawid–Skene fit on the humans for {@link TieRule#DAWID_SKENE}, else {@code null}
     */
    public static List<CalibrationResult> of(RatingTable table, Set<String> models,
                                             List<ModelProbabilities> probabilities,
                                             CalibrationOptions calibration, AnalysisOptions options,
                                             DawidSkeneResult fitted) {
        int tie = calibration.tieLabel() == null ? -1 : table.domain().indexOf(calibration.tieLabel());
        if (calibration.tieLabel() != null && (tie < 0 || table.valueCount() != 3)) {
            throw new IllegalArgumentException("a tie margin needs a three-valued field with the value "
                    + calibration.tieLabel() + ", not " + table.domain());
        }
        boolean[] isModel = ModelCoders.of(table, models, false);
        int[] majority = MajorityVote.of(table, c -> !isModel[c], options.tieRule(), fitted).labelsView();
        List<CalibrationData> data = (options.parallel() ? probabilities.parallelStream() : probabilities.stream())
                .map(p -> CalibrationData.of(table, majority, p, calibration.bins(), tie)).toList();
        List<UnitBootstrap.Statistic> statistics = data.stream().map(d -> (UnitBootstrap.Statistic) d::evaluate)
                .toList();
        List<Resampled> resampled = Resampled.of(table, options, statistics);
        List<CalibrationResult> out = new ArrayList<>();
        for (int m = 0; m < data.size(); m++) {
            out.add(result(data.get(m), resampled.get(m), table));
        }
        return out;
    }

    private static CalibrationResult result(CalibrationData d, Resampled r, RatingTable table) {
        double[] observed = r.observed();
        int b = d.bins();
        List<ReliabilityBin> bins = new ArrayList<>();
        int[] counts = d.binCounts();
        double[] confidence = d.binConfidence();
        for (int k = 0; k < b; k++) {
            bins.add(new ReliabilityBin((double) k / b, (double) (k + 1) / b, counts[k], confidence[k],
                    observed[CalibrationData.FIRST_BIN + k], r.interval(CalibrationData.FIRST_BIN + k)));
        }
        String none = "no item has both the model's probabilities and a human majority";
        String threshold = !d.binary() && !d.tieMargin() ? "a threshold applies to two-valued fields, or to"
                + " pairwise fields with a tie value" : d.items() == 0 ? none
                : "the human majority takes one value only, so κ is undefined or 0 at every threshold";
        String rule = d.binary() ? table.valueLabel(1) + " when P(" + table.valueLabel(1) + ") ≥ t"
                : d.tieMargin() ? "tie when |P(A) − P(B)| ≤ t (t = −1: never tie)" : null;
        return new CalibrationResult(d.model(), d.binary() ? "P(" + table.valueLabel(1) + ")" : "top label",
                d.items(), d.withoutMajority(), d.withoutProbability(), bins, rule,
                r.estimate(0, none), r.estimate(1, none), r.estimate(2, threshold), r.estimate(3, threshold));
    }
}
