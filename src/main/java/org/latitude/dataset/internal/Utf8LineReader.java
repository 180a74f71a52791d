package org.latitude.dataset.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a byte stream line by line with bounded memory: a line longer than the limit is skipped (and reported), never
 * buffered, and each line is decoded as strict UTF-8 (malformed bytes are reported, never replaced). Stops reading
 * once more than {@code maxFileBytes} have arrived. Lines end at LF; a CR before the LF is not part of the text but
 * is kept as the line's terminator, so a CSV field spanning lines keeps its exact line breaks.
 */
final class Utf8LineReader implements Closeable {

    /** One physical line: its text, or why it has none. */
    record Line(long number, String text, String terminator, int bytes, Fault fault) {
    }

    enum Fault { TOO_LONG, INVALID_UTF8 }

    private final InputStream in;
    private final int maxLineBytes;
    private final long maxFileBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[8 * 1024];
    private int lineLength;
    private int pos;
    private int limit;
    private long bytesRead;
    private long lineNumber;
    private boolean endOfInput;
    private boolean fileTooLarge;

    Utf8LineReader(InputStream in, long maxLineBytes, long maxFileBytes) {
        this.in = in;
        this.maxLineBytes = (int) maxLineBytes;
        this.maxFileBytes = maxFileBytes;
    }

    /** The next line, or null at the end of the input (or once the file proved too large: its last line is dropped). */
    Line next() throws IOException {
        lineLength = 0;
        long seen = 0;
        boolean tooLong = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (seen == 0 || fileTooLarge) {
                    return null;
                }
                return finish(tooLong, "");
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int n = end - pos;
            seen += n + (newline < 0 ? 0 : 1);
            if (!tooLong && lineLength + (long) n > maxLineBytes + 1L) {
                tooLong = true;
            } else if (!tooLong) {
                append(n);
            }
            pos = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return finish(tooLong, "\n");
            }
        }
    }

    long bytesRead() {
        return bytesRead;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** True when the input held more than {@code maxFileBytes}; reading stopped there. */
    boolean fileTooLarge() {
        return fileTooLarge;
    }

    private Line finish(boolean tooLong, String newline) {
        lineNumber++;
        String terminator = newline;
        if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
            terminator = "\r" + newline;
        }
        if (tooLong || lineLength > maxLineBytes) {
            return new Line(lineNumber, null, terminator, lineLength, Fault.TOO_LONG);
        }
        try {
            String text = decoder.reset().decode(ByteBuffer.wrap(line, 0, lineLength)).toString();
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Line(lineNumber, text, terminator, lineLength, null);
        } catch (CharacterCodingException e) {
            return new Line(lineNumber, null, terminator, lineLength, Fault.INVALID_UTF8);
        }
    }

    private int indexOfNewline() {
        for (int i = pos; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int n) {
        if (lineLength + n > line.length) {
            int size = Math.max(line.length * 2, lineLength + n);
            line = java.util.Arrays.copyOf(line, Math.min(size, maxLineBytes + 2));
        }
        System.arraycopy(buffer, pos, line, lineLength, n);
        lineLength += n;
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int n = in.read(buffer);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        bytesRead += n;
        pos = 0;
        limit = n;
        if (bytesRead > maxFileBytes) {
            fileTooLarge = true;
            endOfInput = true;
            limit = 0;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
