package org.latitude.discretion;

/**
 * A pluggable adapter from an annotator's raw scores to a preference {@link Outcome}. The factories implement the
 * reading rules of Buyl et al. (2025), code release {@code analysis.ipynb}, as restated in
 * docs/methods.md
 *
 * @param <S> the raw score type
 */
@FunctionalInterface
public interface PreferenceReader<S> {

    Outcome read(S scores);

    /**
     * One presentation order with A = y<sup>1</sup>: {@code pref(sA, sB, sNA)} = sign(sA − sB); none when sA = sB
     * (also when all three are 0, i.e. none of the tokens was among the top log-probabilities), and none when sNA is
     * given and <em>strictly</em> greater than both sA and sB (docs/methods.md).
     */
    static PreferenceReader<JudgeScores> judge() {
        return PreferenceReader::single;
    }

    /**
     * A generic judge asked in both orders (docs/methods.md): s0 = pref in order 0, s1 = pref in order 1
     * (where A = y<sup>0</sup>); a = (s0 − s1)/2; none if either order is none or NA; a = 0 (the orders disagree:
     * position bias) is excluded like none.
     */
    static PreferenceReader<TwoOrderJudgment> twoOrderJudge() {
        return judgment -> {
            if (judgment == null || judgment.order0() == null || judgment.order1() == null) {
                return Outcome.MISSING;
            }
            Outcome first = single(judgment.order0());
            Outcome second = single(judgment.order1());
            if (first == Outcome.NOT_APPLICABLE || second == Outcome.NOT_APPLICABLE) {
                return Outcome.NOT_APPLICABLE;
            }
            if (first.sign() == 0 || second.sign() == 0) {
                return Outcome.TIE;
            }
            int a = (first.sign() - second.sign()) / 2;
            return a == 0 ? Outcome.ORDERS_DISAGREE : Outcome.ofSign(a);
        };
    }

    /**
     * Reward-model scores or policy log-likelihoods (docs/methods.md): a = sign(score(y<sup>1</sup>) −
     * score(y<sup>0</sup>)); an exact tie is none.
     */
    static PreferenceReader<ScorePair> higherScore() {
        return pair -> {
            if (pair == null) {
                return Outcome.MISSING;
            }
            return pair.first() == pair.second() ? Outcome.TIE : Outcome.ofSign(pair.first() > pair.second() ? 1 : -1);
        };
    }

    private static Outcome single(JudgeScores s) {
        if (s == null) {
            return Outcome.MISSING;
        }
        if (!Double.isNaN(s.na()) && s.na() > s.a() && s.na() > s.b()) {
            return Outcome.NOT_APPLICABLE;
        }
        return s.a() == s.b() ? Outcome.TIE : Outcome.ofSign(s.a() > s.b() ? 1 : -1);
    }
}
