package org.latitude.annotation;

/** A {@code PAIRWISE_PREFERENCE} answer in item terms (A / B / tie). */
public record PairwiseAnswer(Preference preference, String rationale) implements Answer {

    public PairwiseAnswer {
        rationale = Answer.clean(rationale);
    }

    @Override
    public String summary() {
        return preference == null ? "—" : switch (preference) {
            case A -> "A better";
            case B -> "B better";
            case TIE -> "tie";
        };
    }
}
