package org.latitude.textio;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A streaming reader of physical lines (JSON Lines, plain lists) with the same checks as {@link CsvReader}: strict
 * UTF-8, the line limit (a longer line is skipped to its end, never buffered whole, and reported), the input limit
 * and gzip. A line ends at LF; a CR before it is not part of the text. A UTF-8 byte order mark is skipped. The line
 * is a slice of the read buffer ({@link #buffer}, {@link #start}, {@link #length}) until the next call.
 */
public final class LineReader extends TextReader {

    private int from;
    private int length;

    private LineReader(ByteSource source, String name, ReadLimits limits, Closeable closer) {
        super(new ByteWindow(source, name, limits, 1 << 16, 0), name, closer, 0);
    }

    public static LineReader open(Path file, ReadLimits limits) throws IOException {
        return of(TextInput.open(file), file.getFileName().toString(), limits);
    }

    /** A stream (gzip or not); closing the reader closes it. */
    public static LineReader of(InputStream raw, String name, ReadLimits limits) throws IOException {
        InputStream in = TextInput.open(raw);
        return new LineReader(ByteSource.of(in), name, limits, in);
    }

    /** Advances to the next line; false at the end or after a fatal fault (input too large, bad gzip). */
    public boolean next() throws IOException {
        if (done) {
            return false;
        }
        fault = null;
        int scanned = w.pos;
        while (true) {
            int newline = -1;
            for (int i = scanned; i < w.limit; i++) {
                if (w.b[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            if (newline >= 0 || (w.eof && w.pos < w.limit && w.stop == null)) {
                return take(newline >= 0 ? newline : w.limit, newline >= 0 ? newline + 1 : w.limit);
            }
            if (w.eof) {
                return end();
            }
            if (w.full()) {
                return skipLongLine();
            }
            int kept = w.limit - w.pos;
            w.fill();
            scanned = w.pos + kept;
        }
    }

    private boolean take(int end, int next) {
        line++;
        int start = w.pos;
        if (line == 1 && end - start >= 3 && w.base == 0 && w.b[0] == (byte) 0xEF && w.b[1] == (byte) 0xBB
                && w.b[2] == (byte) 0xBF) {
            start += 3;
        }
        offset = w.offset(start);
        int stop = end > start && w.b[end - 1] == '\r' ? end - 1 : end;
        from = start;
        length = stop - start;
        w.pos = next;
        if (length > w.limitsLine()) {
            fault = new TextFault(name, line, offset, TextFault.Kind.LINE_TOO_LONG,
                    Integer.toString(w.limitsLine()), false);
            length = 0;
            return true;
        }
        int high = 0;
        for (int i = from; i < stop; i++) {
            high |= w.b[i];
        }
        int bad = high < 0 ? Utf8.firstInvalid(w.b, from, stop) : -1;
        if (bad >= 0) {
            fault = new TextFault(name, line, w.offset(bad), TextFault.Kind.INVALID_UTF8, "", false);
        }
        return true;
    }

    private boolean end() {
        length = 0;
        return end(line);
    }

    private boolean skipLongLine() throws IOException {
        line++;
        offset = w.offset(w.pos);
        fault = new TextFault(name, line, offset, TextFault.Kind.LINE_TOO_LONG, Integer.toString(w.limitsLine()),
                false);
        length = 0;
        skipToNextLine();
        return true;
    }

    /** Physical lines read so far. */
    public long linesRead() {
        return line;
    }

    public byte[] buffer() {
        return w.b;
    }

    public int start() {
        return from;
    }

    public int length() {
        return length;
    }

    /** The line decoded (valid UTF-8 when it has no fault). */
    public String text() {
        return new String(w.b, from, length, StandardCharsets.UTF_8);
    }

    /** Whether the line is empty or only spaces and tabs. */
    public boolean isBlank() {
        for (int i = from; i < from + length; i++) {
            if (w.b[i] != ' ' && w.b[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
