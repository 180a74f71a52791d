package org.latitude.discretion;

/**
 * Options of a {@link DiscretionAnalysis}.
 *
 * @param daReplicates  bootstrap resamples of the consensus items for DA (the paper: 1000); 0 for none
 * @param ddReplicates  paired bootstrap resamples of all items for PS, w*, ranks and DD (the paper: 100); 0 for none
 * @param seed          seed of every resample; the same seed gives the same numbers
 * @param rankTies      tie rule of the reported point-estimate ranks (replicates always use average ranks)
 * @param reference     the annotator DD is reported against; {@code null} for the first annotator
 * @param pooledHumans  the name of the pooled (majority) annotator added when the input has two or more
 *                      {@link Annotator.Kind#HUMAN} annotators; {@code null} to add none
 */
public record DiscretionOptions(int daReplicates, int ddReplicates, long seed, RankTies rankTies, String reference,
                                String pooledHumans) {

    /** The paper's replicate counts, seed 42, average ranks, the first annotator as reference, "humans pooled". */
    public static final DiscretionOptions DEFAULTS = new DiscretionOptions(1000, 100, 42, RankTies.AVERAGE, null,
            "humans pooled");

    public DiscretionOptions {
        if (daReplicates < 0 || ddReplicates < 0) {
            throw new IllegalArgumentException("replicate counts must be >= 0");
        }
        if (rankTies == null) {
            throw new IllegalArgumentException("a rank tie rule is needed");
        }
    }

    public DiscretionOptions withReplicates(int da, int dd) {
        return new DiscretionOptions(da, dd, seed, rankTies, reference, pooledHumans);
    }

    public DiscretionOptions withSeed(long newSeed) {
        return new DiscretionOptions(daReplicates, ddReplicates, newSeed, rankTies, reference, pooledHumans);
    }

    public DiscretionOptions withRankTies(RankTies ties) {
        return new DiscretionOptions(daReplicates, ddReplicates, seed, ties, reference, pooledHumans);
    }

    public DiscretionOptions withReference(String name) {
        return new DiscretionOptions(daReplicates, ddReplicates, seed, rankTies, name, pooledHumans);
    }

    public DiscretionOptions withPooledHumans(String name) {
        return new DiscretionOptions(daReplicates, ddReplicates, seed, rankTies, reference, name);
    }
}
