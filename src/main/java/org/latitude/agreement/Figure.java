package org.latitude.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reported figure of the agreement engine, the row shape of {@code report.json} / {@code measures.csv}:
 * {@code {field, measure, value, ci_low, ci_high, n_units, note}} plus qualifiers saying whom or what it is about
 * (a coder pair, an annotator, a model, a category). This package is pure, so it does not use the report module's
 * {@code Measure}; the two have the same fields and map one to one.
 *
 * @param note the definition used, the CI method, or (for NaN values, mandatory) the reason it is undefined
 */
public record Figure(String field, String measure, double value, double ciLow, double ciHigh, long nUnits,
                     String note, Map<String, Object> qualifiers) {

    private static final java.util.Set<String> FIXED_KEYS = java.util.Set.of("field", "measure", "value", "ci_low",
            "ci_high", "n_units", "note");

    public Figure {
        qualifiers = qualifiers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(qualifiers));
        if (Double.isNaN(value) && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("undefined " + measure + " on " + field + " needs a reason");
        }
    }

    static Figure of(String field, String measure, double value, long nUnits, String note) {
        return new Figure(field, measure, value, Double.NaN, Double.NaN, nUnits, note, Map.of());
    }

    public Figure with(String key, Object qualifier) {
        if (FIXED_KEYS.contains(key)) {
            throw new IllegalArgumentException("qualifier " + key + " would hide the fixed column of that name");
        }
        Map<String, Object> more = new LinkedHashMap<>(qualifiers);
        more.put(key, qualifier);
        return new Figure(field, measure, value, ciLow, ciHigh, nUnits, note, more);
    }

    Figure withInterval(ConfidenceInterval ci) {
        String how = String.format(java.util.Locale.ROOT, "%.0f%% CI: %s, %d replicates, seed %d%s",
                ci.level() * 100, ci.method(), ci.replicates(), ci.seed(),
                ci.undefinedReplicates() > 0 ? ", " + ci.undefinedReplicates() + " undefined replicates left out" : "");
        String combined = note == null || note.isBlank() ? how : note + "; " + how;
        return new Figure(field, measure, value, ci.low(), ci.high(), nUnits, combined, qualifiers);
    }
}
