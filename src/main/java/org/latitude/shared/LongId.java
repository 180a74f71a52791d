package org.latitude.shared;

/**
 * A typed id over a database key: the compiler tells an assignment from an annotation, a campaign from an item.
 * Stores keep plain {@code bigint} columns and map at their boundary ({@link #value()}); {@code toString()} is the bare
 * number, so messages and logs read as before.
 */
public interface LongId<T extends LongId<T>> extends Comparable<T> {

    long value();

    @Override
    default int compareTo(T other) {
        return Long.compare(value(), other.value());
    }
}
