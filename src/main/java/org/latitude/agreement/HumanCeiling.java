package org.latitude.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The leave-one-annotator-out human κ distribution of a field and each model's place in it, with unit-bootstrap
 * intervals (docs/methods.md, "Models against the humans"; the point estimates are those of {@link HumanModelComparison}). Each human's κ
 * with the majority of the other humans forms the human distribution; a model's comparable figure is its mean κ with
 * the same leave-one-out majorities. Reported per model: κ with the full human majority, that leave-one-out κ, its
 * percentile among the humans, and its difference to the mean human — all resampled on the same replicates, so the
 * difference is paired. Cohen's κ throughout (Cohen 1960).
 */
public final class HumanCeiling {

    private HumanCeiling() {
    }

    /**
     * @param table   humans and models rating one field
     * @param models  coder ids of the models (every other coder is a human)
     * @param options tie rule and bootstrap (0 replicates: no intervals)
     * @param fitted  Dawid–Skene fit on the humans for {@link TieRule#DAWID_SKENE}, else {@code null}
     */
    public static HumanCeilingResult of(RatingTable table, Set<String> models, AnalysisOptions options,
                                        DawidSkeneResult fitted) {
        boolean[] isModel = ModelCoders.of(table, models, true);
        Consensus majority = MajorityVote.of(table, c -> !isModel[c], options.tieRule(), fitted);
        CeilingTables tables = new CeilingTables(table, isModel, majority.labelsView(),
                LeaveOneOutMajority.of(table, c -> !isModel[c], options.tieRule(), fitted));
        return result(table, tables, majority, Resampled.of(table, options, tables::evaluate));
    }

    private static HumanCeilingResult result(RatingTable t, CeilingTables tables, Consensus majority,
                                             Resampled r) {
        double[] observed = r.observed();
        int[] humans = tables.humans();
        List<HumanCeilingResult.Human> people = new ArrayList<>();
        for (int h = 0; h < humans.length; h++) {
            people.add(new HumanCeilingResult.Human(t.coderId(humans[h]), tables.humanUnits(h),
                    r.estimate(h, "no unit where this annotator and a majority of the others both have"
                            + " a label, or no variation")));
        }
        double[] defined = Arrays.stream(observed, 0, humans.length).filter(x -> !Double.isNaN(x)).sorted()
                .toArray();
        int mean = humans.length;
        List<HumanCeilingResult.Model> models = new ArrayList<>();
        int[] modelCoders = tables.models();
        for (int m = 0; m < modelCoders.length; m++) {
            int base = mean + 1 + 4 * m;
            String noLoo = "no defined leave-one-out κ for the model or the humans";
            models.add(new HumanCeilingResult.Model(t.coderId(modelCoders[m]), tables.comparedUnits(m),
                    r.estimate(base, "no unit with both the model's label and a human majority, or no"
                            + " variation"),
                    r.estimate(base + 1, noLoo), r.estimate(base + 2, noLoo),
                    r.estimate(base + 3, noLoo)));
        }
        boolean any = defined.length > 0;
        return new HumanCeilingResult(majority.method(), people, any ? defined[0] : Double.NaN,
                any ? ConfidenceInterval.quantile(defined, 0.5) : Double.NaN,
                any ? defined[defined.length - 1] : Double.NaN,
                r.estimate(mean, "no human has a defined leave-one-out κ"), models);
    }
}
