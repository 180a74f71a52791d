package org.latitude.testsupport;

import java.io.OutputStream;

/** An output stream that counts what is written to it and keeps nothing (for streaming tests and benchmarks). */
public final class CountingSink extends OutputStream {

    private long bytes;

    @Override
    public void write(int b) {
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        bytes += len;
    }

    public long bytes() {
        return bytes;
    }
}
