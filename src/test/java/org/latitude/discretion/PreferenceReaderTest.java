package org.latitude.discretion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reading rules of Buyl et al. (2025)'s notebook, docs/methods.md. */
class PreferenceReaderTest {

    private final PreferenceReader<JudgeScores> judge = PreferenceReader.judge();
    private final PreferenceReader<TwoOrderJudgment> twoOrder = PreferenceReader.twoOrderJudge();

    @Test
    void naCountsOnlyWhenStrictlyGreaterThanBothAAndB() {
        assertThat(judge.read(new JudgeScores(0.4, 0.2, 0.4))).isEqualTo(Outcome.FIRST);
        assertThat(judge.read(new JudgeScores(0.3, 0.2, 0.5))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(judge.read(new JudgeScores(0.1, 0.6, 0.3))).isEqualTo(Outcome.SECOND);
    }

    @Test
    void equalScoresAndAllThreeTokensAbsentAreTies() {
        assertThat(judge.read(new JudgeScores(0.3, 0.3, 0.1))).isEqualTo(Outcome.TIE);
        assertThat(judge.read(new JudgeScores(0, 0, 0))).isEqualTo(Outcome.TIE);
        assertThat(judge.read(JudgeScores.withoutNa(0.2, 0.1))).isEqualTo(Outcome.FIRST);
    }

    @Test
    void twoOrderJudgeNeedsBothOrdersToAgreeOnTheSameResponse() {
        JudgeScores prefersA = new JudgeScores(0.9, 0.1, 0);
        JudgeScores prefersB = new JudgeScores(0.1, 0.9, 0);
        assertThat(twoOrder.read(new TwoOrderJudgment(prefersA, prefersB))).as("y1 both times")
                .isEqualTo(Outcome.FIRST);
        assertThat(twoOrder.read(new TwoOrderJudgment(prefersB, prefersA))).isEqualTo(Outcome.SECOND);
        assertThat(twoOrder.read(new TwoOrderJudgment(prefersA, prefersA))).as("position bias")
                .isEqualTo(Outcome.ORDERS_DISAGREE);
        assertThat(twoOrder.read(new TwoOrderJudgment(prefersA, new JudgeScores(0.2, 0.2, 0.1))))
                .isEqualTo(Outcome.TIE);
        assertThat(twoOrder.read(new TwoOrderJudgment(prefersA, new JudgeScores(0.1, 0.2, 0.7))))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(twoOrder.read(new TwoOrderJudgment(prefersA, null))).isEqualTo(Outcome.MISSING);
        assertThat(Outcome.ORDERS_DISAGREE.sign()).isZero();
    }

    @Test
    void higherScoreWinsAndAnExactTieIsNone() {
        PreferenceReader<ScorePair> reader = PreferenceReader.higherScore();
        assertThat(reader.read(new ScorePair(-880.0, -940.0))).isEqualTo(Outcome.FIRST);
        assertThat(reader.read(new ScorePair(-836.0, -760.0))).isEqualTo(Outcome.SECOND);
        assertThat(reader.read(new ScorePair(1.5, 1.5))).isEqualTo(Outcome.TIE);
        assertThat(reader.read(new ScorePair(0.0, -0.0))).as("signed zeros are equal").isEqualTo(Outcome.TIE);
    }
}
