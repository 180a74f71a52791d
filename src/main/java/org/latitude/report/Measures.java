package org.latitude.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Finding measures by name and qualifier, for the report's figures, tables and summary. */
final class Measures {

    private Measures() {
    }

    /** The measures named {@code measure} without any of the qualifier keys in {@code without}. */
    static Stream<Measure> named(List<Measure> measures, String measure, String... without) {
        return measures.stream().filter(m -> m.measure().equals(measure))
                .filter(m -> Stream.of(without).noneMatch(m.qualifiers()::containsKey));
    }

    /** The measure named {@code measure} whose qualifier {@code key} is {@code value}. */
    static Optional<Measure> find(List<Measure> measures, String measure, String key, Object value) {
        return measures.stream().filter(m -> m.measure().equals(measure))
                .filter(m -> Objects.equals(String.valueOf(m.qualifiers().get(key)), String.valueOf(value)))
                .findFirst();
    }

    static String qualifier(Measure m, String key) {
        Object q = m.qualifiers().get(key);
        return q == null ? null : String.valueOf(q);
    }
}
