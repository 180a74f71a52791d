package org.latitude.annotation;

import java.time.Instant;

/** One of the signed-in annotator's own annotations, for their history list. */
public record MyAnnotation(long id, long itemId, String itemExternalId, Answer answer, int version,
                           Instant updatedAt) {
}
