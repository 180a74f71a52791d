package org.latitude.judge.internal.answer;

import java.util.Locale;
import java.util.Optional;

/**
 * A one-token answer A / B / NA (or tie where the template offers it): accepted when the whole answer, less
 * surrounding space, quotes, asterisks and one final period, is exactly one of the allowed words (case ignored).
 * Anything else is unreadable, never guessed.
 */
public final class ChoiceText {

    /** What an allowed answer means, in presented terms (A = the response shown first). */
    public enum Presented { A, B, NEITHER }

    private ChoiceText() {
    }

    public static Optional<Presented> read(String text, String neitherWord) {
        String t = text == null ? "" : text.strip();
        t = stripAround(t, "**");
        t = stripAround(t, "\"");
        t = stripAround(t, "'");
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        t = t.strip().toUpperCase(Locale.ROOT);
        if (t.equals("A")) {
            return Optional.of(Presented.A);
        }
        if (t.equals("B")) {
            return Optional.of(Presented.B);
        }
        return t.equals(neitherWord.toUpperCase(Locale.ROOT)) ? Optional.of(Presented.NEITHER) : Optional.empty();
    }

    private static String stripAround(String t, String mark) {
        return t.length() >= 2 * mark.length() && t.startsWith(mark) && t.endsWith(mark)
                ? t.substring(mark.length(), t.length() - mark.length()).strip() : t;
    }
}
