package org.latitude.textio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Where a reader's bytes come from: {@link InputStream#read(byte[], int, int)} semantics (−1 at the end). */
@FunctionalInterface
public interface ByteSource {

    int read(byte[] buffer, int offset, int length) throws IOException;

    static ByteSource of(InputStream in) {
        return in::read;
    }

    /** Bytes {@code [from, to)} of a file (positional reads: several ranges of one channel may be read at once). */
    static ByteSource range(FileChannel channel, long from, long to) {
        long[] position = {from};
        return (buffer, offset, length) -> {
            int wanted = (int) Math.min(length, to - position[0]);
            if (wanted <= 0) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(buffer, offset, wanted), position[0]);
            position[0] += Math.max(n, 0);
            return n;
        };
    }
}
