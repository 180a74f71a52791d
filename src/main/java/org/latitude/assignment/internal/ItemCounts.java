package org.latitude.assignment.internal;

/** The counters of one pool item, read under its row lock. */
public record ItemCounts(int capacity, int completed, int leased) {

    public boolean hasRoom() {
        return completed + leased < capacity;
    }
}
