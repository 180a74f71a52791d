package org.latitude.discretion;

/**
 * A judge's scores for response "A", response "B" and the NA answer in one presentation order, e.g. the
 * probabilities of the tokens {@code A}, {@code B}, {@code NA}. They need not sum to one (the paper's oracle does not
 * renormalise). {@code na} is {@code NaN} when the judge was not offered an NA answer.
 */
public record JudgeScores(double a, double b, double na) {

    public JudgeScores {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            throw new IllegalArgumentException("scores for A and B must be numbers");
        }
    }

    /** Scores without an NA option. */
    public static JudgeScores withoutNa(double a, double b) {
        return new JudgeScores(a, b, Double.NaN);
    }
}
