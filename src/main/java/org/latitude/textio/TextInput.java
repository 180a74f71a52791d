package org.latitude.textio;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens the text of a file or stream: a gzip stream (recognised by its magic bytes, whatever the file name) is
 * decompressed on the fly, and one that expands more than {@link ReadLimits#MAX_GZIP_RATIO} times its compressed size
 * fails with {@link GzipBomb}. The size limit itself is applied by the readers to the bytes this stream gives, so for
 * a gzip file it counts decompressed bytes.
 */
public final class TextInput {

    private static final int GZIP_MAGIC = 0x8B1F;

    private TextInput() {
    }

    /** Thrown (through the reader) when a gzip stream expands beyond the ratio. */
    static final class GzipBomb extends IOException {
        GzipBomb() {
            super("decompression bomb");
        }
    }

    public static InputStream open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    /** The text of {@code raw}: itself, or its decompressed content when it starts with the gzip magic bytes. */
    public static InputStream open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first < 0 || second < 0 || (first | second << 8) != GZIP_MAGIC) {
            return in;
        }
        Counting compressed = new Counting(in);
        return new RatioGuard(new GZIPInputStream(compressed, 1 << 16), compressed);
    }

    /** Thrown by a {@link #limited} stream once more than its limit has been read. */
    public static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("larger than " + max + " bytes");
        }
    }

    /** Whether an exception (or its cause) says the input was refused as a decompression bomb. */
    public static boolean isGzipBomb(Throwable e) {
        return e instanceof GzipBomb || e != null && e.getCause() instanceof GzipBomb;
    }

    /**
     * The text of {@code raw} (decompressed if gzip) failing with {@link TooLarge} once more than {@code max} bytes of
     * text have been read: for parsers that read a stream themselves (a JSON array).
     */
    public static InputStream limited(InputStream raw, long max) throws IOException {
        InputStream text = open(raw);
        return new FilterInputStream(text) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0 && ++count > max) {
                    throw new TooLarge(max);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0 && (count += n) > max) {
                    throw new TooLarge(max);
                }
                return n;
            }
        };
    }

    /** Whether a file starts with the gzip magic bytes. */
    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int first = in.read();
            int second = in.read();
            return first >= 0 && second >= 0 && (first | second << 8) == GZIP_MAGIC;
        }
    }

    /** Counts the compressed bytes the inflater consumed. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** Fails once the decompressed bytes exceed the ratio times the compressed bytes (after a grace). */
    private static final class RatioGuard extends FilterInputStream {
        private final Counting compressed;
        private long expanded;

        RatioGuard(InputStream in, Counting compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            expanded += Math.max(n, 0);
            if (expanded > ReadLimits.GZIP_RATIO_GRACE
                    && expanded > (double) ReadLimits.MAX_GZIP_RATIO * compressed.count) {
                throw new GzipBomb();
            }
            return n;
        }
    }
}
