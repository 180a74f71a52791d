package org.latitude.textio;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A streaming writer of RFC 4180 CSV: comma-separated, CRLF after every record, a field in double quotes (a quote
 * doubled inside) when it holds a comma, a quote, CR or LF, nothing buffered beyond the underlying writer's buffer.
 *
 * <p><b>Formula neutralisation</b> (CWE-1236; OWASP "CSV Injection", ASVS 5.0 V1.2.10): a <em>text</em> cell whose
 * first character is {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or NUL is written with a leading
 * apostrophe, so a spreadsheet shows it as text instead of evaluating it. Text that merely looks like a negative
 * number ({@code "-3"}) is neutralised too, as OWASP recommends: the exemption would have to parse numbers the way
 * every spreadsheet does, and {@code -2+3+cmd|' /C calc'!A0} begins like one. Numbers the program itself computed are
 * written with {@link #number(long)} / {@link #number(double)} and never prefixed: they are not attacker text, and a
 * prefixed {@code -0.25} would reach R, pandas and Excel as a string (docs/decisions.md, "Formula neutralisation").
 * A reader gets a neutralised cell back with its apostrophe; {@link #unneutralise} undoes it exactly, because text
 * that already begins with apostrophes before such a character ({@code '=x}) gets one more ({@code ''=x}).
 *
 * <p>{@link #of(OutputStream)} encodes UTF-8 without a byte order mark; a lone surrogate (not text) is written as
 * U+FFFD rather than failing half-way through a download. Not thread-safe.
 */
public final class CsvWriter implements Closeable, Flushable {

    private static final char[] CRLF = {'\r', '\n'};

    private final Writer out;
    private boolean rowStarted;
    private long rows;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes to {@code out} as is (the caller chose its buffering and encoding). */
    public static CsvWriter of(Writer out) {
        return new CsvWriter(out);
    }

    /** Writes UTF-8 to {@code out} through a 64 KiB buffer; {@link #close} closes {@code out}. */
    public static CsvWriter of(OutputStream out) {
        CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8));
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, utf8), 1 << 16));
    }

    /** A text cell, neutralised and quoted as needed; {@code null} is an empty cell. */
    public CsvWriter text(String value) throws IOException {
        separate();
        if (value == null || value.isEmpty()) {
            return this;
        }
        boolean neutralise = needsNeutralising(value);
        if (needsQuotes(value)) {
            out.write('"');
            if (neutralise) {
                out.write('\'');
            }
            int from = 0;
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) == '"') {
                    out.write(value, from, i + 1 - from);
                    out.write('"');
                    from = i + 1;
                }
            }
            out.write(value, from, value.length() - from);
            out.write('"');
        } else {
            if (neutralise) {
                out.write('\'');
            }
            out.write(value);
        }
        return this;
    }

    /** A whole number the program computed, written as is (negative ones too). */
    public CsvWriter number(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    /** A number the program computed; NaN and infinities are empty cells, the CSV counterpart of JSON null. */
    public CsvWriter number(double value) throws IOException {
        separate();
        if (Double.isFinite(value)) {
            out.write(Double.toString(value));
        }
        return this;
    }

    /** An empty cell. */
    public CsvWriter empty() throws IOException {
        separate();
        return this;
    }

    /** Ends the record with CRLF (a record with no cells is one empty field, as RFC 4180 reads it). */
    public CsvWriter endRow() throws IOException {
        out.write(CRLF);
        rowStarted = false;
        rows++;
        return this;
    }

    /** A record of text cells. */
    public CsvWriter row(String... cells) throws IOException {
        for (String cell : cells) {
            text(cell);
        }
        return endRow();
    }

    /**
     * A record: {@link Long}, {@link Integer}, {@link Short} and {@link Byte} as whole numbers, {@link Double} and
     * {@link Float} as numbers, {@code null} as empty, anything else as text by its {@code toString()}.
     */
    public CsvWriter row(List<?> cells) throws IOException {
        for (Object cell : cells) {
            switch (cell) {
                case null -> empty();
                case Long n -> number(n);
                case Integer n -> number(n);
                case Short n -> number(n);
                case Byte n -> number(n);
                case Double n -> number(n);
                case Float n -> number(n);
                default -> text(cell.toString());
            }
        }
        return endRow();
    }

    /** Records ended so far. */
    public long rows() {
        return rows;
    }

    /** Flushes the underlying writer without closing it (e.g. to end a ZIP entry). */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Whether a spreadsheet could read a cell that begins with {@code c} as a formula. */
    public static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
    }

    /** The cell text this writer neutralises {@code value} to (before quoting). */
    public static String neutralise(String value) {
        return value != null && needsNeutralising(value) ? "'" + value : value;
    }

    /** The original of a cell read back: one apostrophe removed from apostrophes before a formula character. */
    public static String unneutralise(String cell) {
        return cell != null && cell.startsWith("'") && needsNeutralising(cell) ? cell.substring(1) : cell;
    }

    /** Zero or more apostrophes, then a formula character. */
    private static boolean needsNeutralising(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && isFormulaStart(value.charAt(i));
    }

    private void separate() throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
