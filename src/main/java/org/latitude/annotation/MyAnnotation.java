package org.latitude.annotation;

import java.time.Instant;
import org.latitude.assignment.ShownOrder;
import org.latitude.shared.AnnotationId;
import org.latitude.shared.ItemId;

/**
 * One of the signed-in annotator's own annotations, for their history list: the item's id in its file, the start of
 * its prompt (plain text, at most {@link #SNIPPET_LENGTH} characters) and, for a pair, the sides it was shown in, so
 * the list can say what the annotator chose as they saw it (null for an exchange).
 */
public record MyAnnotation(AnnotationId id, ItemId itemId, String itemExternalId, String snippet,
                           ShownOrder shownOrder, Answer answer, int version, Instant updatedAt) {

    public static final int SNIPPET_LENGTH = 80;

    /** The start of {@code text} on one line, cut at a code-point boundary with an ellipsis when longer. */
    public static String snippet(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= SNIPPET_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, SNIPPET_LENGTH)).strip() + "\u2026";
    }
}
