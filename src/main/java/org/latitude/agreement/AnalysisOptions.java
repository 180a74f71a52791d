package org.latitude.agreement;

/**
 * How a field is analysed.
 *
 * @param bootstrapReplicates B; 0 = no confidence intervals
 * @param seed                seed of every resampling (reported with each interval)
 * @param confidenceLevel     e.g. 0.95
 * @param ciMethod            unit bootstrap, or Hayes &amp; Krippendorff for α
 * @param tieRule             tie rule of majority votes
 * @param dawidSkene          whether to fit Dawid–Skene models
 * @param pairwise            whether to compute Cohen's κ for every coder pair
 * @param parallel            whether bootstrap replicates and the Dawid–Skene fit may run on other threads
 *                            (results do not change)
 */
public record AnalysisOptions(int bootstrapReplicates, long seed, double confidenceLevel, CiMethod ciMethod,
                              TieRule tieRule, boolean dawidSkene, boolean pairwise, boolean parallel) {

    public static final long DEFAULT_SEED = 1L;

    public AnalysisOptions {
        if (bootstrapReplicates < 0 || !(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("need replicates ≥ 0 and 0 < confidence level < 1");
        }
    }

    /** No bootstrap, seed 1, 95 %, ties excluded, Dawid–Skene and pairwise κ on. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(0, DEFAULT_SEED, 0.95, CiMethod.UNIT_BOOTSTRAP, TieRule.EXCLUDE, true, true,
                true);
    }

    public AnalysisOptions withBootstrap(int replicates, long newSeed) {
        return new AnalysisOptions(replicates, newSeed, confidenceLevel, ciMethod, tieRule, dawidSkene, pairwise,
                parallel);
    }

    public AnalysisOptions withCiMethod(CiMethod method) {
        return new AnalysisOptions(bootstrapReplicates, seed, confidenceLevel, method, tieRule, dawidSkene, pairwise,
                parallel);
    }

    public AnalysisOptions withTieRule(TieRule rule) {
        return new AnalysisOptions(bootstrapReplicates, seed, confidenceLevel, ciMethod, rule, dawidSkene, pairwise,
                parallel);
    }

    public AnalysisOptions withDawidSkene(boolean fit) {
        return new AnalysisOptions(bootstrapReplicates, seed, confidenceLevel, ciMethod, tieRule, fit, pairwise,
                parallel);
    }

    public AnalysisOptions withPairwise(boolean compute) {
        return new AnalysisOptions(bootstrapReplicates, seed, confidenceLevel, ciMethod, tieRule, dawidSkene, compute,
                parallel);
    }
}
