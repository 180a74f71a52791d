package org.latitude.judge.internal.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a strictly decoded UTF-8 stream with their 1-based numbers: invalid bytes and lines longer than the limit
 * are a {@link FileFault} at their line, never replaced or buffered whole. A byte-order mark is dropped; a CR before
 * the LF is not part of the line.
 */
public final class TextLines implements Closeable {

    private final Reader in;
    private final int maxLineChars;
    private final char[] buffer = new char[64 * 1024];
    private final StringBuilder line = new StringBuilder(256);
    private int pos;
    private int limit;
    private long number;
    private boolean eof;

    public TextLines(InputStream bytes, int maxLineChars) {
        this.in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.maxLineChars = maxLineChars;
    }

    /** The next line's text, or null at the end; {@link #number()} is then its line number. */
    public String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (!any) {
                    return null;
                }
                return finish();
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            if (line.length() + (pos - start) > maxLineChars) {
                throw new FileFault(number + 1, "the line is longer than " + maxLineChars + " characters");
            }
            line.append(buffer, start, pos - start);
            if (pos < limit) {
                pos++;
                return finish();
            }
        }
    }

    public long number() {
        return number;
    }

    private String finish() {
        number++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        return line.toString();
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        try {
            n = in.read(buffer);
        } catch (CharacterCodingException e) {
            throw new FileFault(number + 1, "the file is not valid UTF-8 here"); // chars before it were handed out
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
