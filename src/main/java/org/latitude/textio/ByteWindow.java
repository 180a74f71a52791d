package org.latitude.textio;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * The sliding buffer under both readers: bytes {@code [pos, limit)} of the input are in {@code b}, {@code b[0]} is
 * byte {@code base} of the text. It grows only as far as one line needs (the line limit caps it), counts the bytes
 * against the input limit and turns the source's gzip failures into faults.
 */
final class ByteWindow {

    byte[] b;
    int pos;
    int limit;
    long base;
    boolean eof;
    /** Why reading ended early (input too large, a bad or bombing gzip stream), or null. */
    TextFault stop;

    private final ByteSource source;
    private final ReadLimits limits;
    private final String name;

    ByteWindow(ByteSource source, String name, ReadLimits limits, int chunk, long firstOffset) {
        this.source = source;
        this.name = name;
        this.limits = limits;
        this.b = new byte[Math.max(64, chunk)];
        this.base = firstOffset;
    }

    /** Absolute offset of buffer position {@code p}. */
    long offset(int p) {
        return base + p;
    }

    /** The stop, located after the last complete line. */
    TextFault stopAfter(long completedLines) {
        return new TextFault(stop.source(), completedLines, stop.byteOffset(), stop.kind(), stop.detail(), true);
    }

    /**
     * Keeps {@code [pos, limit)}, makes room (growing up to the line limit) and reads until the buffer is full or the
     * input ends; false when nothing more can arrive.
     */
    boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(b, pos, b, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == b.length) {
            int cap = limits.maxLineBytes() + 64;
            if (b.length >= cap) {
                return false;
            }
            b = Arrays.copyOf(b, (int) Math.min(cap, 2L * b.length));
        }
        int before = limit;
        try {
            while (limit < b.length) {
                int n = source.read(b, limit, b.length - limit);
                if (n < 0) {
                    eof = true;
                    break;
                }
                limit += n;
            }
        } catch (TextInput.GzipBomb e) {
            return halt(TextFault.Kind.GZIP_BOMB, "");
        } catch (ZipException | EOFException e) {
            return halt(TextFault.Kind.BAD_GZIP, String.valueOf(e.getMessage()));
        }
        if (base + limit > limits.maxInputBytes()) {
            limit = (int) Math.max(0, limits.maxInputBytes() - base);
            return halt(TextFault.Kind.INPUT_TOO_LARGE, Long.toString(limits.maxInputBytes())) || limit > before;
        }
        return limit > before;
    }

    private boolean halt(TextFault.Kind kind, String detail) {
        eof = true;
        stop = new TextFault(name, 0, base + limit, kind, detail, true);
        return false;
    }

    int limitsLine() {
        return limits.maxLineBytes();
    }

    /** Whether the buffer can still grow to hold a longer line. */
    boolean full() {
        return limit - pos >= limits.maxLineBytes() + 2;
    }
}
