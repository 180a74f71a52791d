package org.latitude.shared;

/** Identifies an assignment: one item leased to, completed or skipped by one annotator. */
public record AssignmentId(long value) implements LongId<AssignmentId> {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
