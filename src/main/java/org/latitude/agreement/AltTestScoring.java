package org.latitude.agreement;

/**
 * How the alt-test scores how well an annotation represents the remaining humans of an item: the alignment score
 * S(a, x<sub>i</sub>, j) = mean over the humans k ≠ j who annotated item i of sim(a, h<sub>k</sub>(x<sub>i</sub>))
 * (Calderon, Reichart &amp; Dror 2025, §3, "alignment scoring function").
 */
public enum AltTestScoring {
    /** sim = 1 when the labels are equal, else 0: the paper's ACC, for categorical labels (verdicts, preferences). */
    ACCURACY,
    /** sim = |A ∩ B| / |A ∪ B| (1 for two empty sets): the similarity for label sets (violated categories). */
    JACCARD,
    /**
     * The paper's −RMSE for numeric labels: S = −√(mean over k ≠ j of (a − h<sub>k</sub>)²); interval and ratio
     * fields only.
     */
    NEG_RMSE;

    /** The paper's choice for a field of this level: Jaccard for sets, −RMSE for numbers, else accuracy. */
    public static AltTestScoring forLevel(Level level) {
        return switch (level) {
            case SET -> JACCARD;
            case INTERVAL, RATIO -> NEG_RMSE;
            case NOMINAL, ORDINAL -> ACCURACY;
        };
    }

    void requireFits(Level level) {
        boolean fits = switch (this) {
            case ACCURACY -> level != Level.SET;
            case JACCARD -> level == Level.SET;
            case NEG_RMSE -> level == Level.INTERVAL || level == Level.RATIO;
        };
        if (!fits) {
            throw new IllegalArgumentException(this + " scoring does not apply to a " + level + " field");
        }
    }
}
