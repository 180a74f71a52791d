package org.latitude.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The record being read by {@link LongCsvReader}: splits one RFC 4180 record of a byte buffer into field slices
 * (unquoted fields point into the buffer, quoted ones are unescaped into scratch buffers), counts the lines it spans
 * and notes what is wrong with it. Mutable, reused for every record; not thread-safe.
 */
final class CsvRecord {

    static final int FIELDS = 3;

    final byte[][] buffer = new byte[FIELDS][];
    final int[] start = new int[FIELDS];
    final int[] length = new int[FIELDS];
    private final byte[][] scratch = {new byte[64], new byte[64], new byte[64]};
    /** Number of fields of the record. */
    int count;
    /** Lines the record spans (more than one when a quoted field holds line breaks). */
    int lines;
    /** What is wrong with the record, or {@code null}. */
    String problem;
    /** Whether any record so far had a quoted field. */
    boolean sawQuote;

    /**
     * Parses one record starting at {@code pos}; returns the position after it, or -1 when the buffer ends before
     * the record does (and more input may follow). Sets the field slices, their count and the record's line count.
     */
    int scan(byte[] b, int pos, int length, boolean eof) {
        count = 0;
        problem = null;
        lines = 1;
        int p = pos;
        while (true) {
            int f = Math.min(count, FIELDS - 1);
            if (p < length && b[p] == '"') {
                sawQuote = true;
                p = quoted(b, p + 1, length, eof, f);
                if (p < 0) {
                    return -1;
                }
            } else {
                int from = p;
                while (p < length && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
                    p++;
                }
                if (p >= length && !eof) {
                    return -1;
                }
                buffer[f] = b;
                start[f] = from;
                this.length[f] = p - from;
            }
            count++;
            if (p >= length) {
                return length;
            }
            byte c = b[p++];
            if (c == '\n') {
                return p;
            }
            if (c == '\r') {
                if (p >= length && !eof) {
                    return -1;
                }
                return p < length && b[p] == '\n' ? p + 1 : p;
            }
            if (c != ',') {
                problem = "unexpected character after a quoted field";
                return p;
            }
        }
    }

    /** Reads a quoted field's content after its opening quote into the scratch buffer of field f. */
    private int quoted(byte[] b, int p, int length, boolean eof, int f) {
        int n = 0;
        byte[] out = scratch[f];
        while (true) {
            if (p >= length) {
                if (!eof) {
                    return -1;
                }
                problem = "unterminated quoted field";
                return length;
            }
            byte c = b[p];
            if (c == '"') {
                if (p + 1 >= length && !eof) {
                    return -1;
                }
                if (p + 1 < length && b[p + 1] == '"') {
                    p += 2;
                } else {
                    break;
                }
            } else {
                p++;
                lines += c == '\n' ? 1 : 0;
            }
            if (n == out.length) {
                out = scratch[f] = Arrays.copyOf(out, n * 2);
            }
            out[n++] = c;
        }
        buffer[f] = out;
        start[f] = 0;
        this.length[f] = n;
        p++;
        return p;
    }

    /** An empty line. */
    boolean isBlank() {
        return problem == null && count == 1 && length[0] == 0;
    }

    String text(int f) {
        return new String(buffer[f], start[f], length[f], StandardCharsets.UTF_8);
    }
}
