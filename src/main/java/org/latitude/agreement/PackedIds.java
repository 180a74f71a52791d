package org.latitude.agreement;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of ids packed as UTF-8 in one byte array: a million unit ids cost two arrays instead of two
 * million objects (which a garbage collector would otherwise copy around while a large file is read). Each
 * {@link #get} decodes its id afresh.
 */
public final class PackedIds extends AbstractList<String> implements RandomAccess {

    private final byte[] bytes;
    private final int[] offsets;

    private PackedIds(byte[] bytes, int[] offsets) {
        this.bytes = bytes;
        this.offsets = offsets;
    }

    /**
     * @param bytes   the ids' UTF-8 bytes, one after the other
     * @param offsets n + 1 ascending offsets: id i is {@code bytes[offsets[i] .. offsets[i+1])}
     */
    public static PackedIds of(byte[] bytes, int[] offsets) {
        for (int i = 1; i < offsets.length; i++) {
            if (offsets[i] < offsets[i - 1] || offsets[i] > bytes.length) {
                throw new IllegalArgumentException("offsets must ascend within the bytes");
            }
        }
        int end = offsets.length == 0 ? 0 : offsets[offsets.length - 1];
        return new PackedIds(Arrays.copyOf(bytes, end), offsets.length == 0 ? new int[] {0} : offsets.clone());
    }

    @Override
    public String get(int index) {
        return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return offsets.length - 1;
    }

    /** The ids at the given indices, in that order. */
    PackedIds select(int[] indices) {
        int[] out = new int[indices.length + 1];
        int length = 0;
        for (int i = 0; i < indices.length; i++) {
            length += offsets[indices[i] + 1] - offsets[indices[i]];
        }
        byte[] packed = new byte[length];
        int at = 0;
        for (int i = 0; i < indices.length; i++) {
            int from = offsets[indices[i]];
            int n = offsets[indices[i] + 1] - from;
            System.arraycopy(bytes, from, packed, at, n);
            at += n;
            out[i + 1] = at;
        }
        return new PackedIds(packed, out);
    }

    /** An immutable list of the ids of {@code ids} at the given indices (all of them when {@code indices} is null). */
    static List<String> select(List<String> ids, int[] indices) {
        if (indices == null) {
            return ids instanceof PackedIds ? ids : List.copyOf(ids);
        }
        if (ids instanceof PackedIds packed) {
            return packed.select(indices);
        }
        return Arrays.stream(indices).mapToObj(ids::get).toList();
    }
}
