package org.latitude.textio;

/**
 * A piece of input quoted in an error message: at most {@value #MAX} characters, so that a 200 MB line without a
 * line break never ends up in a message, a log or a terminal whole.
 */
public final class Excerpt {

    public static final int MAX = 200;

    private Excerpt() {
    }

    /** {@code text} itself when short, else its first {@value #MAX} characters and how many were left out. */
    public static String of(String text) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return text.substring(0, end) + "… (" + (text.length() - end) + " more characters)";
    }
}
