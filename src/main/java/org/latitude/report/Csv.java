package org.latitude.report;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV lines for exports: a field is quoted when it holds a comma, quote, CR or LF. */
public final class Csv {

    private Csv() {
    }

    public static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\n";
    }

    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d ? number(d) : value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Non-finite numbers are written as empty fields, the CSV counterpart of JSON null. */
    public static String number(double d) {
        return Double.isFinite(d) ? Double.toString(d) : "";
    }
}
