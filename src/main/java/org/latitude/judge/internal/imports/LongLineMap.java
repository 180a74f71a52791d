package org.latitude.judge.internal.imports;

import java.util.Arrays;

/**
 * Key → first line, for duplicate detection over a million keys without boxing (open addressing, linear probing).
 * Keys must not be {@link Long#MIN_VALUE}, the empty marker.
 */
final class LongLineMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    LongLineMap() {
        Arrays.fill(keys, EMPTY);
    }

    /** Records the key at this line; returns the line it was first seen on, or -1 when it is new. */
    long putIfAbsent(long key, long line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        lines[i] = line;
        size++;
        return -1;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldLines[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
