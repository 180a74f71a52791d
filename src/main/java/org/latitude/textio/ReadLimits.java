package org.latitude.textio;

/**
 * Limits of one read. A line (or a CSV record, which may span lines inside quotes) longer than {@code maxLineBytes}
 * is refused; reading stops once more than {@code maxInputBytes} bytes of text have arrived (the decompressed bytes
 * of a gzip file). A gzip stream that expands more than {@link #MAX_GZIP_RATIO} times its compressed size is
 * refused as a decompression bomb before it can fill the limit.
 */
public record ReadLimits(int maxLineBytes, long maxInputBytes) {

    /** Text compresses 3–20×; a stream expanding over 200× is all but certainly crafted. */
    public static final int MAX_GZIP_RATIO = 200;
    /** Expansion allowed before the ratio is checked (small files compress oddly). */
    static final long GZIP_RATIO_GRACE = 1L << 20;

    public ReadLimits {
        if (maxLineBytes < 1 || maxLineBytes > Integer.MAX_VALUE - 64 || maxInputBytes < 1) {
            throw new IllegalArgumentException("read limits must be positive (line limit below 2 GiB)");
        }
    }

    /** The headless commands' limits: 1 MiB a line, 64 GiB of text. */
    public static ReadLimits commandLine() {
        return new ReadLimits(1 << 20, 64L << 30);
    }
}
