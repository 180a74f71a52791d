package org.latitude.judge.internal.live;

/**
 * A call's final outcome as stored: answered (with what it means in presented terms), unparseable (raw text kept),
 * or failed (every attempt failed; {@code cause} says why).
 *
 * @param parsed   safety: {@code SAFE} or {@code UNSAFE} followed by {@code |c:key} / {@code |l:key} entries;
 *                 choices: {@code A}, {@code B} or {@code NEITHER}
 * @param pUnsafe  P(unsafe) of the first verdict token, when the server sent logprobs
 * @param pA       P("A") among the first token's top logprobs (0 when absent), null without logprobs
 */
public record CallAnswer(Outcome outcome, String answer, String parsed, Double pUnsafe, Double pA, Double pB,
                         Double pNeither, String cause) {

    public enum Outcome { ANSWERED, UNPARSEABLE, FAILED }

    public static CallAnswer failed(String cause) {
        return new CallAnswer(Outcome.FAILED, null, null, null, null, null, null, cause);
    }
}
