package org.latitude.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Interns byte strings (UTF-8 ids read from a file) as dense int codes with an open-addressing hash table, so that
 * reading a rating allocates nothing unless its id is new. Not thread-safe.
 */
final class ByteInterner {

    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    private int[] offsets = new int[64];
    private int[] lengths = new int[64];
    private int[] hashes = new int[64];
    private String[] strings = new String[64];
    private int size;
    private int[] table = new int[128];
    private int mask = 127;

    ByteInterner() {
        Arrays.fill(table, -1);
    }

    /** The code of bytes {@code [from, from + length)} of {@code buffer}, adding it if new. */
    int intern(byte[] buffer, int from, int length) {
        int hash = hash(buffer, from, length);
        int slot = hash & mask;
        while (true) {
            int id = table[slot];
            if (id < 0) {
                return add(buffer, from, length, hash, slot);
            }
            if (hashes[id] == hash && lengths[id] == length
                    && Arrays.equals(arena, offsets[id], offsets[id] + length, buffer, from, from + length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int add(byte[] buffer, int from, int length, int hash, int slot) {
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
        }
        System.arraycopy(buffer, from, arena, arenaSize, length);
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            strings = Arrays.copyOf(strings, size * 2);
        }
        int id = size++;
        offsets[id] = arenaSize;
        lengths[id] = length;
        hashes[id] = hash;
        strings[id] = new String(buffer, from, length, StandardCharsets.UTF_8);
        arenaSize += length;
        table[slot] = id;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        table = new int[table.length * 2];
        mask = table.length - 1;
        Arrays.fill(table, -1);
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id;
        }
    }

    private static int hash(byte[] b, int from, int length) {
        int h = 0x811C9DC5;
        for (int i = from; i < from + length; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    int size() {
        return size;
    }

    String get(int id) {
        return strings[id];
    }

    List<String> all() {
        return Arrays.asList(Arrays.copyOf(strings, size));
    }
}
