package org.latitude.discretion;

/**
 * A generic judge asked twice about the same pair: in order 0 response "A" is y<sup>1</sup>, in order 1 response
 * "A" is y<sup>0</sup>. Either order may be {@code null} when it is missing.
 */
public record TwoOrderJudgment(JudgeScores order0, JudgeScores order1) {
}
