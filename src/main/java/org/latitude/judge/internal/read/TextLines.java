package org.latitude.judge.internal.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of a UTF-8 byte stream with their 1-based numbers, each line decoded strictly: invalid bytes and lines longer
 * than the limit are a {@link FileFault} at their line, never replaced or buffered whole. A byte-order mark is
 * dropped; a CR before the LF is not part of the line.
 */
public final class TextLines implements Closeable {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[1024];
    private int length;
    private int pos;
    private int limit;
    private long number;

    public TextLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line's text, or null at the end; {@link #number()} is then its line number. */
    public String next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (pos >= limit) {
                limit = in.read(buffer);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish() : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            append(start, pos - start);
            if (pos < limit) {
                pos++;
                return finish();
            }
        }
    }

    public long number() {
        return number;
    }

    private void append(int from, int n) {
        if (length + n > maxLineBytes) {
            throw new FileFault(number + 1, "the line is longer than " + maxLineBytes + " bytes");
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    private String finish() {
        number++;
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        int start = number == 1 && end >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF ? 3 : 0;
        if (isAscii(start, end)) {
            return new String(line, start, end - start, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(line, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new FileFault(number, "the file is not valid UTF-8 here");
        }
    }

    private boolean isAscii(int start, int end) {
        for (int i = start; i < end; i++) {
            if (line[i] < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
