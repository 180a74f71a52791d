package org.latitude.textio;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A streaming, byte-level reader of RFC 4180 CSV records: comma-separated, fields optionally in double quotes (a
 * quote doubled inside), line breaks inside quoted fields kept exactly, LF, CRLF or CR line ends, a UTF-8 byte order
 * mark skipped, blank lines skipped. Fields are slices of the read buffer (quoted ones unescaped into scratch space),
 * so reading a record allocates nothing; {@link #text} decodes one. Every record is checked to be strict UTF-8 and no
 * longer than the line limit; a faulty record is still consumed and its {@link #fault} says what and where, so a
 * caller may report it and go on (unless the fault is fatal: then {@link #next} returns false afterwards).
 *
 * <p>With {@code trim}, spaces and tabs around every field (inside the quotes too) are removed and a line of only
 * spaces is blank. Not thread-safe; several readers may read ranges of one file at once.
 */
public final class CsvReader extends TextReader {

    private final boolean trim;
    private byte[][] buffer = new byte[8][];
    private int[] start = new int[8];
    private int[] length = new int[8];
    private byte[][] scratch = new byte[8][];
    private int count;
    private int lines;
    private int high;
    private boolean quotedInRecord;
    private boolean sawQuote;
    private TextFault.Kind problem;
    private int problemField;

    private CsvReader(ByteSource source, String name, ReadLimits limits, boolean trim, int chunk, long firstLine,
                      long firstOffset, Closeable closer) {
        super(new ByteWindow(source, name, limits, chunk, firstOffset), name, closer, firstLine);
        this.trim = trim;
    }

    /** A file (gzip or not), named by its file name in faults. */
    public static CsvReader open(Path file, ReadLimits limits, boolean trim) throws IOException {
        return of(TextInput.open(file), file.getFileName().toString(), limits, trim);
    }

    /** A stream (gzip or not); closing the reader closes it. */
    public static CsvReader of(InputStream raw, String name, ReadLimits limits, boolean trim) throws IOException {
        InputStream in = TextInput.open(raw);
        return new CsvReader(ByteSource.of(in), name, limits, trim, 1 << 16, 1, 0, in);
    }

    /**
     * A part of a text: its bytes start at {@code firstOffset} of the whole, on line {@code firstLine}, and are read
     * in chunks of {@code chunk} bytes (tests use tiny chunks to cross every boundary).
     */
    public static CsvReader of(ByteSource source, String name, ReadLimits limits, boolean trim, int chunk,
                               long firstLine, long firstOffset) {
        return new CsvReader(source, name, limits, trim, chunk, firstLine, firstOffset, () -> { });
    }

    /** Advances to the next record (blank lines skipped); false at the end or after a fatal fault. */
    public boolean next() throws IOException {
        if (done) {
            return false;
        }
        line += lines;
        lines = 0;
        fault = null;
        while (true) {
            if (w.pos >= w.limit) {
                if (!w.fill() && w.pos >= w.limit) {
                    return end();
                }
                continue;
            }
            if (w.pos == 0 && w.base == 0 && !skipByteOrderMark()) {
                continue;
            }
            int end = scan(w.b, w.pos, w.limit, w.eof);
            if (end < 0) {
                if (w.full()) {
                    return tooLong();
                }
                w.fill();
                continue;
            }
            if (w.stop != null && end == w.limit && w.b[end - 1] != '\n') {
                return end();
            }
            if (isBlank()) {
                line += lines;
                lines = 0;
                w.pos = end;
                continue;
            }
            offset = w.offset(w.pos);
            check(w.pos, end);
            w.pos = end;
            return true;
        }
    }

    /** Skips a UTF-8 BOM at the very start; false when more bytes are needed to tell. */
    private boolean skipByteOrderMark() throws IOException {
        if (w.limit < 3 && !w.eof) {
            w.fill();
            return false;
        }
        if (w.limit >= 3 && w.b[0] == (byte) 0xEF && w.b[1] == (byte) 0xBB && w.b[2] == (byte) 0xBF) {
            w.pos = 3;
        }
        return true;
    }

    private boolean end() {
        count = 0;
        return end(line - 1);
    }

    /** The checks of a whole record: CSV problems, length, UTF-8. */
    private void check(int from, int end) {
        if (problem == TextFault.Kind.UNTERMINATED_QUOTE) {
            fault = new TextFault(name, line, offset, problem, "", true);
            done = true;
            return;
        }
        int content = end;
        if (content > from && w.b[content - 1] == '\n') {
            content--;
        }
        if (content > from && w.b[content - 1] == '\r') {
            content--;
        }
        int max = w.limitsLine();
        if (content - from > max) {
            fault = new TextFault(name, line, offset, lines > 1 ? TextFault.Kind.RECORD_TOO_LONG
                    : TextFault.Kind.LINE_TOO_LONG, Integer.toString(max), false);
        } else if (high < 0 && Utf8.firstInvalid(w.b, from, end) >= 0) {
            int bad = Utf8.firstInvalid(w.b, from, end);
            long at = line;
            for (int i = from; i < bad; i++) {
                at += w.b[i] == '\n' ? 1 : 0;
            }
            fault = new TextFault(name, at, w.offset(bad), TextFault.Kind.INVALID_UTF8, "", false);
        } else if (problem != null) {
            fault = new TextFault(name, line, offset, problem, Integer.toString(problemField), false);
        }
    }

    /** A record that outgrew the line limit before it ended: skipped to the next line, or fatal inside quotes. */
    private boolean tooLong() throws IOException {
        offset = w.offset(w.pos);
        int max = w.limitsLine();
        count = 0;
        if (quotedInRecord) {
            fault = new TextFault(name, line, offset, TextFault.Kind.RECORD_TOO_LONG, Integer.toString(max), true);
            done = true;
            return true;
        }
        fault = new TextFault(name, line, offset, TextFault.Kind.LINE_TOO_LONG, Integer.toString(max), false);
        lines = 1;
        skipToNextLine();
        return true;
    }

    /**
     * Splits the record at {@code pos} into field slices; returns the position after it, or −1 when the buffer ends
     * before the record does and more input may follow.
     */
    private int scan(byte[] b, int pos, int limit, boolean eof) {
        count = 0;
        lines = 1;
        high = 0;
        problem = null;
        quotedInRecord = false;
        int p = pos;
        while (true) {
            if (trim && p < limit && (b[p] & 0xFF) <= ' ') {
                while (p < limit && (b[p] == ' ' || b[p] == '\t')) {
                    p++;
                }
            }
            if (count == buffer.length) {
                grow();
            }
            if (p < limit && b[p] == '"') {
                sawQuote = true;
                quotedInRecord = true;
                p = quoted(b, p + 1, limit, eof);
                if (p < 0) {
                    return -1;
                }
                p = afterQuote(b, p, limit);
            } else {
                int from = p;
                while (p < limit) {
                    byte c = b[p];
                    if (c > ',') {
                        p++;
                        continue;
                    }
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == '"') {
                        note(TextFault.Kind.QUOTE_IN_UNQUOTED_FIELD);
                    }
                    high |= c;
                    p++;
                }
                if (p >= limit && !eof) {
                    return -1;
                }
                slice(b, from, p);
            }
            count++;
            if (p >= limit) {
                return limit;
            }
            byte c = b[p++];
            if (c == ',') {
                continue;
            }
            if (c == '\n') {
                return p;
            }
            if (p >= limit && !eof) {
                return -1;
            }
            return p < limit && b[p] == '\n' ? p + 1 : p;
        }
    }

    /** After a closing quote: skips trimmed spaces; anything else before the delimiter is a problem. */
    private int afterQuote(byte[] b, int p, int limit) {
        while (p < limit && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
            if (!(trim && (b[p] == ' ' || b[p] == '\t'))) {
                note(TextFault.Kind.TEXT_AFTER_QUOTE);
            }
            high |= b[p];
            p++;
        }
        return p;
    }

    /** A quoted field's content after its opening quote, unescaped into the scratch buffer of the field. */
    private int quoted(byte[] b, int p, int limit, boolean eof) {
        byte[] out = scratch[count] == null ? scratch[count] = new byte[64] : scratch[count];
        int n = 0;
        while (true) {
            if (p >= limit) {
                if (!eof) {
                    return -1;
                }
                problem = TextFault.Kind.UNTERMINATED_QUOTE;
                break;
            }
            byte c = b[p];
            if (c == '"') {
                if (p + 1 >= limit && !eof) {
                    return -1;
                }
                if (p + 1 >= limit || b[p + 1] != '"') {
                    p++;
                    break;
                }
                p++;
            } else if (c == '\n') {
                lines++;
            }
            high |= c;
            p++;
            if (n == out.length) {
                out = scratch[count] = Arrays.copyOf(out, n * 2);
            }
            out[n++] = c;
        }
        int from = 0;
        if (trim) {
            while (from < n && (out[from] == ' ' || out[from] == '\t')) {
                from++;
            }
            while (n > from && (out[n - 1] == ' ' || out[n - 1] == '\t')) {
                n--;
            }
        }
        buffer[count] = out;
        start[count] = from;
        length[count] = n - from;
        return p;
    }

    private void slice(byte[] b, int from, int to) {
        if (trim && to > from && (b[to - 1] & 0xFF) <= ' ') {
            while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
                to--;
            }
        }
        buffer[count] = b;
        start[count] = from;
        length[count] = to - from;
    }

    private void note(TextFault.Kind kind) {
        if (problem == null) {
            problem = kind;
            problemField = count + 1;
        }
    }

    private void grow() {
        int n = buffer.length * 2;
        buffer = Arrays.copyOf(buffer, n);
        start = Arrays.copyOf(start, n);
        length = Arrays.copyOf(length, n);
        scratch = Arrays.copyOf(scratch, n);
    }

    private boolean isBlank() {
        return count == 1 && length[0] == 0 && !quotedInRecord && problem == null;
    }

    public int fieldCount() {
        return count;
    }

    /** Lines the current record spans (more than one when a quoted field holds line breaks). */
    public int lines() {
        return lines;
    }

    /** Whether any record so far had a quoted field (a line break may hide inside one). */
    public boolean sawQuote() {
        return sawQuote;
    }

    public byte[] fieldBuffer(int field) {
        return buffer[field];
    }

    public int fieldStart(int field) {
        return start[field];
    }

    public int fieldLength(int field) {
        return length[field];
    }

    /** Field {@code field} decoded (valid UTF-8 once the record has no fault). */
    public String text(int field) {
        return new String(buffer[field], start[field], length[field], StandardCharsets.UTF_8);
    }

    /** Whether field {@code field} is exactly the ASCII text {@code ascii}, without decoding it. */
    public boolean fieldIs(int field, String ascii) {
        if (field >= count || length[field] != ascii.length()) {
            return false;
        }
        byte[] b = buffer[field];
        int s = start[field];
        for (int i = 0; i < ascii.length(); i++) {
            if (b[s + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
