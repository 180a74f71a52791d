package org.latitude.cli.discretion;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * One {@code --annotator NAME=FILE:FORMAT} of the command line: who, which file and how to read it.
 *
 * @param name   the annotator's name in the report
 * @param file   the CSV file
 * @param format how scores become preferences
 */
public record AnnotatorSource(String name, Path file, Format format) {

    /** The file formats of the authors' code release (docs/cli-discretion.md), each with its reading rule (docs/methods.md). */
    public enum Format {
        /** {@code row_id, order, prob_A, prob_B, prob_NA}: a judge asked in both orders (position-bias rule). */
        GENERIC_JUDGE("generic-judge"),
        /** {@code row_id, reward_a, reward_b}: reward-model scores of y<sup>1</sup> and y<sup>0</sup>. */
        REWARD("reward"),
        /** {@code row_id, log_prob_chat_chosen, log_prob_chat_rejected}: policy sequence log-likelihoods. */
        LOGLIK("loglik"),
        /** {@code row_id, preference} or {@code row_id, annotator, preference}: +1 / −1 / 0 labels. */
        PREFERENCE("preference");

        private final String key;

        Format(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Format of(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown format '" + key
                            + "' (generic-judge, reward, loglik or preference)"));
        }
    }

    /** Parses {@code NAME=FILE:FORMAT}; the format follows the last colon. */
    public static AnnotatorSource parse(String spec) {
        int equals = spec.indexOf('=');
        int colon = spec.lastIndexOf(':');
        if (equals <= 0 || colon <= equals + 1 || colon == spec.length() - 1) {
            throw new IllegalArgumentException("--annotator expects NAME=FILE:FORMAT, got '" + spec + "'");
        }
        return new AnnotatorSource(spec.substring(0, equals).strip(), Path.of(spec.substring(equals + 1, colon)),
                Format.of(spec.substring(colon + 1).strip()));
    }
}
