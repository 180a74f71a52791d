package org.latitude.dataset.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails the read once more than {@code max} bytes have been read. */
final class SizeLimit extends FilterInputStream {

    static final class TooLarge extends IOException {
        TooLarge() {
            super("file larger than the limit");
        }
    }

    private final long max;
    private long count;

    SizeLimit(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > max) {
            throw new TooLarge();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0 && (count += n) > max) {
            throw new TooLarge();
        }
        return n;
    }
}
