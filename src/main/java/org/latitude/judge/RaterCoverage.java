package org.latitude.judge;

/**
 * How much of a campaign a model rater has judged: items with at least one stored judgment out of the campaign's
 * items, judgments stored, and live answers that could not be parsed (kept with their raw text).
 */
public record RaterCoverage(ModelRater rater, JudgmentKind kind, long itemsJudged, long campaignItems,
                            long judgments, long unparseableAnswers) {

    public double share() {
        return campaignItems == 0 ? 0 : (double) itemsJudged / campaignItems;
    }
}
