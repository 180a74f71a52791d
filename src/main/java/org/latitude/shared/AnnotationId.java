package org.latitude.shared;

/** Identifies an annotation (its current version and the versions it replaced). */
public record AnnotationId(long value) implements LongId<AnnotationId> {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
