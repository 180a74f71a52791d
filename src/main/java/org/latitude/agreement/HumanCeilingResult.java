package org.latitude.agreement;

import java.util.List;

/**
 * The human ceiling of a field and where each model lies in it (see {@link HumanCeiling}).
 *
 * @param majorityMethod how the human majority was formed (tie rule)
 * @param humans         each human's leave-one-out κ, in coder order
 * @param humanMin       lowest defined human leave-one-out κ (NaN when none is defined)
 * @param humanMedian    median of them
 * @param humanMax       highest of them
 * @param humanMean      their mean, with its interval: the human ceiling a model is compared with
 * @param models         one placement per model, in coder order
 */
public record HumanCeilingResult(String majorityMethod, List<Human> humans, double humanMin, double humanMedian,
                                 double humanMax, Estimate humanMean, List<Model> models) {

    public HumanCeilingResult {
        humans = List.copyOf(humans);
        models = List.copyOf(models);
    }

    /**
     * @param annotator     the human
     * @param units         units they rated where the other humans have a majority
     * @param kappaVsOthers Cohen's κ with the majority of the other humans
     */
    public record Human(String annotator, int units, Estimate kappaVsOthers) {
    }

    /**
     * @param model              the model's coder id
     * @param comparedUnits      units with the model's label and a human majority
     * @param kappaVsMajority    Cohen's κ with the majority of all humans
     * @param looKappa           mean over humans h of κ(model, majority of the humans other than h): comparable with
     *                           the humans' leave-one-out κ (both against aggregates of the same size)
     * @param percentile         share of humans whose leave-one-out κ is below {@code looKappa}
     * @param differenceToHumans {@code looKappa} minus the mean human leave-one-out κ (paired over the replicates)
     */
    public record Model(String model, int comparedUnits, Estimate kappaVsMajority, Estimate looKappa,
                        Estimate percentile, Estimate differenceToHumans) {
    }

    /** Whether a model's leave-one-out κ lies within [humanMin, humanMax]. */
    public boolean withinHumanRange(Model m) {
        return m.looKappa().value() >= humanMin && m.looKappa().value() <= humanMax;
    }
}
