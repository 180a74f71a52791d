package org.latitude.agreement;

import java.util.Arrays;
import java.util.Locale;

/** The figures of one model against the humans (see {@link HumanModelComparison}). */
final class ModelFigures {

    private ModelFigures() {
    }

    static void add(FigureSheet sheet, RatingTable scope, Consensus majority, ModelComparison m) {
        int v = scope.valueCount();
        int[] said = HumanModelComparison.labelsOf(scope, scope.coderCode(m.model()));
        int[] consensus = majority.labelsView();
        int[] targets = new int[1 + 2 * v];
        Arrays.fill(targets, -1);
        targets[0] = model(sheet, sheet.add("model_kappa_vs_majority", m.kappaVsMajority(), m.comparedUnits(),
                "Cohen's kappa between the model and the human majority (" + majority.method() + ")"), m);
        double[] over = m.flagRates().over();
        double[] under = m.flagRates().under();
        for (int k = v == 2 ? 1 : 0; k < v; k++) {
            String value = scope.valueLabel(k);
            targets[1 + k] = flag(sheet, sheet.add("over_flag_rate", over[k], m.comparedUnits(),
                    "share of units the model labels " + value + " among those whose human majority is not " + value,
                    "no compared unit has a human majority other than " + value), m, value);
            targets[1 + v + k] = flag(sheet, sheet.add("under_flag_rate", under[k], m.comparedUnits(),
                    "share of units the model does not label " + value + " among those whose human majority is "
                            + value, "no compared unit has the human majority " + value), m, value);
        }
        sheet.resample(w -> FlagRates.statistic(said, consensus, v, w), targets);
        String range = String.format(Locale.ROOT, "human leave-one-out kappa range [%.4f, %.4f]", m.humanLooMin(),
                m.humanLooMax());
        model(sheet, sheet.add("model_loo_kappa", m.looKappa(), m.comparedUnits(),
                "mean over humans h of Cohen's kappa with the majority of the humans other than h; " + range,
                "no leave-one-out majority to compare with"), m);
        model(sheet, sheet.add("model_loo_percentile", m.looPercentile(), m.comparedUnits(),
                "share of humans whose leave-one-out kappa is below model_loo_kappa; " + range
                        + (m.withinHumanRange() ? "; inside the human range" : "; outside the human range"),
                "no defined leave-one-out kappa"), m);
    }

    private static int model(FigureSheet sheet, int figure, ModelComparison m) {
        sheet.qualify(figure, "model", m.model());
        return figure;
    }

    private static int flag(FigureSheet sheet, int figure, ModelComparison m, String value) {
        model(sheet, figure, m);
        sheet.qualify(figure, "label", value);
        return figure;
    }
}
