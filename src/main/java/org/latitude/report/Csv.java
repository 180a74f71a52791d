package org.latitude.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV lines for report files, safe to open in a spreadsheet.
 *
 * <ul>
 *   <li>A field is quoted when it holds a comma, quote, CR or LF; quotes inside are doubled. Lines end with LF.</li>
 *   <li><b>Formula neutralisation</b> (OWASP "CSV injection"): a text cell that starts with {@code =}, {@code +},
 *       {@code -}, {@code @}, a tab or a CR gets a leading apostrophe ({@code =HYPERLINK(..)} is written
 *       {@code '=HYPERLINK(..)}), so a spreadsheet shows it as text instead of evaluating it. Item text, ids and
 *       names come from user files and are hostile.</li>
 *   <li><b>Numbers stay numbers</b>: a {@link Number} is written as a number ({@code -0.35}, never {@code '-0.35}),
 *       and so is a text cell that is a plain decimal number ({@code -5}, {@code +1}, {@code 2.5e-3}): a spreadsheet
 *       reads those as numbers, not formulas. A non-finite number is an empty field, the CSV counterpart of JSON
 *       null.</li>
 * </ul>
 * A reader that wants the original text of a neutralised cell drops one leading apostrophe when the next character
 * is one of the six above. (The web exports' {@code textio} writer follows the same rule.)
 */
public final class Csv {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Csv() {
    }

    public static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\n";
    }

    /** Writes one line to {@code out} (for tables streamed row by row). */
    public static void line(Writer out, List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String s = neutralise(value.toString());
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
    static String neutralise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !PLAIN_NUMBER.matcher(s).matches() ? "'" + s : s;
    }

    /** Non-finite numbers are written as empty fields, the CSV counterpart of JSON null. */
    public static String number(double d) {
        return Double.isFinite(d) ? Double.toString(d) : "";
    }
}
