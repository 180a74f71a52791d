package org.latitude.annotation;

import java.time.Instant;
import org.latitude.shared.AnnotationId;
import org.latitude.shared.ItemId;

/** One of the signed-in annotator's own annotations, for their history list. */
public record MyAnnotation(AnnotationId id, ItemId itemId, String itemExternalId, Answer answer, int version,
                           Instant updatedAt) {
}
