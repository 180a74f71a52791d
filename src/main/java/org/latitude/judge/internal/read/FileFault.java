package org.latitude.judge.internal.read;

/** A fault of the file itself at a line (invalid UTF-8, a line over the limit, an unclosed quote): reading stops. */
public final class FileFault extends RuntimeException {

    private final long line;

    public FileFault(long line, String reason) {
        super(reason);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
