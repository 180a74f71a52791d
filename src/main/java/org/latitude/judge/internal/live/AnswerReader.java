package org.latitude.judge.internal.live;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.latitude.judge.internal.answer.ChoiceText;
import org.latitude.judge.internal.answer.LlamaGuardText;
import org.latitude.judge.internal.imports.Rows.Entry;

/**
 * Reads a model's answer. Safety: Llama Guard text, and P(unsafe) from the first verdict token's log-probability.
 * Choices: A / B / NA text, and P(A), P(B), P(NA) from the first token's top log-probabilities (tokens equal to the
 * word once surrounding space is removed; absent = 0, not renormalised, as in the alignment-discretion code).
 */
public final class AnswerReader {

    private AnswerReader() {
    }

    public static CallAnswer safety(ChatResult result, CategoryCodes codes) {
        Double pUnsafe = result.hasLogprobs() ? firstTokenProbability(result, "unsafe", true).orElse(null) : null;
        LlamaGuardText.Reading reading = LlamaGuardText.read(result.text(), codes::resolve);
        if (reading instanceof LlamaGuardText.Verdict v) {
            StringBuilder parsed = new StringBuilder(v.verdict().name());
            for (Entry e : v.entries()) {
                parsed.append(e.label() ? "|l:" : "|c:").append(e.key());
            }
            return new CallAnswer(CallAnswer.Outcome.ANSWERED, result.text(), parsed.toString(), pUnsafe, null,
                    null, null, null);
        }
        return new CallAnswer(CallAnswer.Outcome.UNPARSEABLE, result.text(), null, pUnsafe, null, null, null,
                ((LlamaGuardText.Unreadable) reading).reason());
    }

    public static CallAnswer choice(ChatResult result) {
        if (result.hasLogprobs()) {
            double a = firstTokenProbability(result, "A", false).orElse(0.0);
            double b = firstTokenProbability(result, "B", false).orElse(0.0);
            double na = firstTokenProbability(result, "NA", false).orElse(0.0);
            String parsed = ChoiceText.read(result.text(), "NA").map(Enum::name).orElse(null);
            return new CallAnswer(CallAnswer.Outcome.ANSWERED, result.text(), parsed, null, a, b, na, null);
        }
        Optional<ChoiceText.Presented> choice = ChoiceText.read(result.text(), "NA");
        return choice.map(c -> new CallAnswer(CallAnswer.Outcome.ANSWERED, result.text(), c.name(), null, null, null,
                        null, null))
                .orElseGet(() -> new CallAnswer(CallAnswer.Outcome.UNPARSEABLE, result.text(), null, null, null,
                        null, null, "the answer is not one of A, B, NA"));
    }

    /**
     * The probability of {@code word} at the first token that is not blank: exp(logprob) summed over the candidates
     * (the chosen token and its top alternatives, each token counted once) equal to the word after trimming.
     */
    static Optional<Double> firstTokenProbability(ChatResult result, String word, boolean ignoreCase) {
        for (ChatResult.TokenLogprob t : result.tokens()) {
            if (t.token().isBlank()) {
                continue;
            }
            double p = 0;
            boolean found = false;
            List<ChatResult.Candidate> candidates = new java.util.ArrayList<>(t.top());
            if (candidates.stream().noneMatch(c -> c.token().equals(t.token()))) {
                candidates.add(new ChatResult.Candidate(t.token(), t.logprob()));
            }
            for (ChatResult.Candidate c : candidates) {
                String token = c.token().strip();
                if (ignoreCase ? token.toLowerCase(Locale.ROOT).equals(word) : token.equals(word)) {
                    p += Math.exp(c.logprob());
                    found = true;
                }
            }
            return found ? Optional.of(Math.min(1.0, p)) : Optional.empty();
        }
        return Optional.empty();
    }
}
