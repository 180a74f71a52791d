package org.latitude.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a report shows besides its measures: the figures (typed charts), the tables behind them (each a CSV of the
 * bundle) and warnings in plain words for the summary. The tables include the long coded table the figures were
 * computed from ({@code ratings_long}), so anyone can recompute them.
 */
public record ReportContent(List<String> warnings, List<ReportFigure> figures, List<ReportTable> tables) {

    public static final ReportContent EMPTY = new ReportContent(List.of(), List.of(), List.of());

    public ReportContent {
        warnings = List.copyOf(warnings);
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        Set<String> ids = new HashSet<>();
        for (ReportFigure f : figures) {
            if (!ids.add(f.chart().id())) {
                throw new IllegalArgumentException("two figures with id " + f.chart().id());
            }
        }
        Set<String> files = new HashSet<>(Set.of("report", "measures"));
        for (ReportTable t : tables) {
            if (!files.add(t.file())) {
                throw new IllegalArgumentException("two tables write " + t.fileName());
            }
        }
    }
}
