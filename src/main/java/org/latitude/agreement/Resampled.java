package org.latitude.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * A statistic's observed values and their unit-bootstrap intervals under the analysis options (none when the
 * options ask for 0 replicates). Several statistics resampled together share the replicates, so their differences
 * are paired.
 *
 * @param observed  the statistic on the data
 * @param intervals one interval per component, or {@code null} without a bootstrap
 */
record Resampled(double[] observed, ConfidenceInterval[] intervals) {

    static Resampled of(RatingTable table, AnalysisOptions options, UnitBootstrap.Statistic statistic) {
        return of(table, options, List.of(statistic)).getFirst();
    }

    static List<Resampled> of(RatingTable table, AnalysisOptions options, List<UnitBootstrap.Statistic> statistics) {
        List<ConfidenceInterval[]> intervals = options.bootstrapReplicates() == 0 ? null
                : new UnitBootstrap(options.bootstrapReplicates(), options.seed(), options.confidenceLevel(),
                options.parallel()).intervals(table, statistics);
        List<Resampled> out = new ArrayList<>();
        for (int s = 0; s < statistics.size(); s++) {
            out.add(new Resampled(statistics.get(s).evaluate(null), intervals == null ? null : intervals.get(s)));
        }
        return out;
    }

    /** Component k as an estimate; {@code reason} says why when it is NaN. */
    Estimate estimate(int k, String reason) {
        return Estimate.of(observed[k], intervals == null ? null : intervals[k], reason);
    }

    ConfidenceInterval interval(int k) {
        return intervals == null ? null : intervals[k];
    }
}
