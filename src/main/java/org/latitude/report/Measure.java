package org.latitude.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reported figure, the row shape shared by {@code report.json} and {@code measures.csv} of the web report and
 * the headless commands: {@code {field, measure, value, ci_low, ci_high, n_units, note}} plus qualifiers that say
 * whom or what the figure is about (a coder pair, an annotator, a category, a principle pair).
 *
 * <p>An undefined value is {@code NaN} and must come with a {@code note} giving the reason; it is written as JSON
 * {@code null}, never as 0 or 1.
 *
 * @param qualifiers insertion-ordered extra keys; values are strings, numbers or lists of strings
 */
public record Measure(String field, String measure, double value, double ciLow, double ciHigh, long nUnits,
                      String note, Map<String, Object> qualifiers) {

    public Measure {
        qualifiers = qualifiers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(qualifiers));
        if (Double.isNaN(value) && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("undefined " + measure + " on " + field + " needs a reason");
        }
    }

    public static Measure of(String field, String measure, double value, long nUnits, String note) {
        return new Measure(field, measure, value, Double.NaN, Double.NaN, nUnits, note, Map.of());
    }

    public Measure withCi(double low, double high) {
        return new Measure(field, measure, value, low, high, nUnits, note, qualifiers);
    }

    public Measure with(String key, Object qualifier) {
        Map<String, Object> more = new LinkedHashMap<>(qualifiers);
        more.put(key, qualifier);
        return new Measure(field, measure, value, ciLow, ciHigh, nUnits, note, more);
    }

    /** The JSON object for this measure: the fixed keys first, then the qualifiers. */
    public Map<String, Object> toJsonObject() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", field);
        out.put("measure", measure);
        out.putAll(qualifiers);
        out.put("value", value);
        out.put("ci_low", ciLow);
        out.put("ci_high", ciHigh);
        out.put("n_units", nUnits);
        out.put("note", note);
        return out;
    }
}
