package org.latitude.shared;

/** Identifies a user account (an annotator or an admin). */
public record UserId(long value) implements LongId<UserId> {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
