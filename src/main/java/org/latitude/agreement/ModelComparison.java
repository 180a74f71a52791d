package org.latitude.agreement;

/**
 * One model against the humans.
 *
 * @param model                 the model's coder id
 * @param comparedUnits         units with both a model label and a human majority label
 * @param kappaVsMajority       Cohen's κ between the model and the human majority
 * @param flagRates             over- and under-flag rates per category against the human majority
 * @param looKappa              mean over humans h of κ(model, majority of the humans other than h): the model's
 *                              figure comparable with the humans' leave-one-out κ
 * @param looPercentile         share of humans whose leave-one-out κ is below {@code looKappa} (0 = below every
 *                              human, 1 = above every human)
 * @param humanLooMin           lowest human leave-one-out κ
 * @param humanLooMax           highest human leave-one-out κ
 */
public record ModelComparison(String model, int comparedUnits, Coefficient kappaVsMajority, FlagRates flagRates,
                              double looKappa, double looPercentile, double humanLooMin, double humanLooMax) {

    /** Whether the model's κ lies within the range of human leave-one-out agreement. */
    public boolean withinHumanRange() {
        return looKappa >= humanLooMin && looKappa <= humanLooMax;
    }
}
