package org.latitude.shared;

/** Identifies an item to annotate (an exchange or a pair). */
public record ItemId(long value) implements LongId<ItemId> {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
