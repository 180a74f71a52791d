package org.latitude.textio;

import java.io.Closeable;
import java.io.IOException;

/** What the CSV and line readers share: the window, the current position, the fault, the end. */
abstract class TextReader implements Closeable {

    final ByteWindow w;
    final String name;
    private final Closeable closer;
    long line;
    long offset;
    TextFault fault;
    boolean done;

    TextReader(ByteWindow w, String name, Closeable closer, long line) {
        this.w = w;
        this.name = name;
        this.closer = closer;
        this.line = line;
    }

    /** Ends the read: true (with the stop as the fault) when it stopped early, false at a clean end. */
    final boolean end(long completedLines) {
        done = true;
        if (w.stop != null) {
            fault = w.stopAfter(completedLines);
            return true;
        }
        return false;
    }

    /** Skips the rest of an over-long line, up to and including its line feed, without buffering it. */
    final void skipToNextLine() throws IOException {
        while (true) {
            for (int i = w.pos; i < w.limit; i++) {
                if (w.b[i] == '\n') {
                    w.pos = i + 1;
                    return;
                }
            }
            w.pos = w.limit;
            if (!w.fill()) {
                return;
            }
        }
    }

    /** The fault of the current record or line, or null; its content is not to be used when there is one. */
    public TextFault fault() {
        return fault;
    }

    /** Throws the current fault, if any. */
    public void requireValid() {
        if (fault != null) {
            throw new TextFormatException(fault);
        }
    }

    /** The 1-based line the current record or line starts on. */
    public long line() {
        return line;
    }

    /** Byte offset of the current record or line in the (decompressed) text. */
    public long byteOffset() {
        return offset;
    }

    /** The name faults give as their source. */
    public String source() {
        return name;
    }

    @Override
    public void close() throws IOException {
        closer.close();
    }
}
