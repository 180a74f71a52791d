package org.latitude.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The figures of one field being assembled: point estimates first, then the resampled statistics behind some of
 * them, whose intervals are attached in one bootstrap run (all statistics share the replicates).
 */
final class FigureSheet {

    private record Pending(Supplier<UnitBootstrap.Statistic> statistic, int[] figures) {
    }

    private final String field;
    private final List<Figure> figures = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Object category;

    FigureSheet(String field, Object category) {
        this.field = field;
        this.category = category;
    }

    /** Adds a figure; a NaN value takes {@code reason} as its note. Returns its index. */
    int add(String measure, double value, long units, String definition, String reason) {
        String note = Double.isNaN(value) && reason != null
                ? (definition == null ? reason : definition + "; undefined: " + reason) : definition;
        Figure f = Figure.of(field, measure, value, units, note);
        figures.add(category == null ? f : f.with("category", category));
        return figures.size() - 1;
    }

    int add(String measure, Coefficient c, long units, String definition) {
        return add(measure, c.value(), units, definition, c.reason());
    }

    int add(String measure, AlphaResult a, String definition) {
        return add(measure, a.value(), a.pairableUnits(), definition, a.reason());
    }

    /** Adds a qualifier to the figure at {@code index}. */
    void qualify(int index, String key, Object value) {
        figures.set(index, figures.get(index).with(key, value));
    }

    /** The components of {@code statistic} resample the figures at these indices (-1: not reported). */
    void resample(UnitBootstrap.Statistic statistic, int... figureIndices) {
        pending.add(new Pending(() -> statistic, figureIndices));
    }

    /** As {@link #resample(UnitBootstrap.Statistic, int...)}, for a statistic made only if intervals are asked for. */
    void resampleLazily(Supplier<UnitBootstrap.Statistic> statistic, int... figureIndices) {
        pending.add(new Pending(statistic, figureIndices));
    }

    void interval(int index, ConfidenceInterval ci) {
        figures.set(index, figures.get(index).withInterval(ci));
    }

    /** Runs the bootstrap over the units of {@code table} (when asked for) and returns the figures. */
    List<Figure> finish(RatingTable table, AnalysisOptions options, List<Integer> keepIntervalsOf) {
        if (options.bootstrapReplicates() > 0 && !pending.isEmpty()) {
            UnitBootstrap bootstrap = new UnitBootstrap(options.bootstrapReplicates(), options.seed(),
                    options.confidenceLevel(), options.parallel());
            List<ConfidenceInterval[]> intervals = bootstrap.intervals(table,
                    pending.stream().map(p -> p.statistic().get()).toList());
            for (int p = 0; p < pending.size(); p++) {
                int[] targets = pending.get(p).figures();
                for (int c = 0; c < targets.length; c++) {
                    if (targets[c] >= 0 && !keepIntervalsOf.contains(targets[c])) {
                        interval(targets[c], intervals.get(p)[c]);
                    }
                }
            }
        }
        return List.copyOf(figures);
    }
}
