package org.latitude.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code measures.csv}: one row per {@link Measure}, the fixed columns then one column per qualifier key met in
 * any row (in first-seen order); list-valued qualifiers are joined with {@code |}.
 */
public final class MeasuresCsv {

    private static final List<String> FIXED = List.of("field", "measure", "value", "ci_low", "ci_high", "n_units",
            "note");

    private MeasuresCsv() {
    }

    public static String render(List<Measure> measures) {
        Set<String> extra = new LinkedHashSet<>();
        measures.forEach(m -> extra.addAll(m.qualifiers().keySet()));
        List<Object> header = new ArrayList<>(FIXED);
        header.addAll(extra);
        StringBuilder out = new StringBuilder(Csv.line(header));
        for (Measure m : measures) {
            List<Object> row = new ArrayList<>(List.of(m.field(), m.measure()));
            row.add(m.value());
            row.add(m.ciLow());
            row.add(m.ciHigh());
            row.add(m.nUnits());
            row.add(m.note() == null ? "" : m.note());
            for (String key : extra) {
                Object q = m.qualifiers().get(key);
                row.add(q instanceof List<?> list ? String.join("|", list.stream().map(String::valueOf).toList()) : q);
            }
            out.append(Csv.line(row));
        }
        return out.toString();
    }
}
