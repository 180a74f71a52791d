package org.latitude.discretion;

/**
 * One score for each response of a pair, in item terms: {@code first} for y<sup>1</sup>, {@code second} for
 * y<sup>0</sup>. Used for reward-model scores and policy sequence log-likelihoods.
 */
public record ScorePair(double first, double second) {

    public ScorePair {
        if (Double.isNaN(first) || Double.isNaN(second)) {
            throw new IllegalArgumentException("both scores must be numbers");
        }
    }
}
