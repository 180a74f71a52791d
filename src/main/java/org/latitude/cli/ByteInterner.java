package org.latitude.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.latitude.agreement.PackedIds;

/**
 * Interns byte strings (UTF-8 ids read from a file) as dense int codes with an open-addressing hash table, so that
 * reading a rating allocates nothing (ids stay bytes in one arena until asked for). Each slot holds the hash and the
 * code in one {@code long}, so a probe costs one memory access; and the last id interned is checked first, since
 * long-format files usually list a unit's ratings together (then most rows never touch the table). Not
 * thread-safe.
 */
final class ByteInterner {

    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    private int[] offsets = new int[64];
    private int[] lengths = new int[64];
    private int size;
    private long[] table = new long[128];
    private int mask = 127;
    private int last = -1;

    ByteInterner() {
        Arrays.fill(table, -1L);
    }

    /** The code of bytes {@code [from, from + length)} of {@code buffer}, adding it if new. */
    int intern(byte[] buffer, int from, int length) {
        if (last >= 0 && lengths[last] == length && same(offsets[last], buffer, from, length)) {
            return last;
        }
        int hash = hash(buffer, from, length);
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == -1L) {
                last = add(buffer, from, length, hash, slot);
                return last;
            }
            int id = (int) entry;
            if ((int) (entry >>> 32) == hash && lengths[id] == length && same(offsets[id], buffer, from, length)) {
                last = id;
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
        }
        int id = size++;
        offsets[id] = arenaSize;
        lengths[id] = length;
        arenaSize += length;
        table[slot] = (long) hash << 32 | id;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length - 1;
        Arrays.fill(table, -1L);
        for (long entry : old) {
            if (entry != -1L) {
                int slot = (int) (entry >>> 32) & mask;
                while (table[slot] != -1L) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = entry;
            }
        }
    }

    /** Byte comparison with the arena; a plain loop beats the vectorised mismatch for ids of a few bytes. */
    private boolean same(int offset, byte[] buffer, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (arena[offset + i] != buffer[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] b, int from, int length) {
        int h = 0x811C9DC5;
        for (int i = from; i < from + length; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    /** Interns every id of {@code other}; returns the code here of each of its codes. */
    int[] internAll(ByteInterner other) {
        int[] map = new int[other.size];
        for (int id = 0; id < other.size; id++) {
            map[id] = intern(other.arena, other.offsets[id], other.lengths[id]);
        }
        return map;
    }

    int size() {
        return size;
    }

    String get(int id) {
        return new String(arena, offsets[id], lengths[id], StandardCharsets.UTF_8);
    }

    /** The ids in code order, decoded. */
    List<String> all() {
        return java.util.stream.IntStream.range(0, size).mapToObj(this::get).toList();
    }

    /** The ids in code order, still packed: no object per id (for a million unit ids). */
    PackedIds packed() {
        int[] bounds = Arrays.copyOf(offsets, size + 1);
        bounds[size] = arenaSize;
        return PackedIds.of(arena, bounds);
    }
}
