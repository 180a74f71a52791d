package org.latitude.annotation;

/** What an annotator answers for one item: a safety label or a pairwise preference. */
public sealed interface Answer permits SafetyAnswer, PairwiseAnswer {

    /** The optional free-text rationale, stripped; null when empty. */
    String rationale();

    /** A one-line summary for the annotator's own history list, e.g. "prompt unsafe · response safe · violence". */
    String summary();

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }
}
