package org.latitude.annotation;

import java.time.Instant;

/** A previous version of an annotation, kept when it was edited: the answer as it was, made and replaced when. */
public record AnnotationVersion(int version, Answer answer, long timeSpentMs, Instant madeAt, Instant replacedAt) {
}
