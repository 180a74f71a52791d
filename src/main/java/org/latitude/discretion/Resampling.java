package org.latitude.discretion;

import java.util.SplittableRandom;

/**
 * Seeded resampling with replacement (Efron 1979). Every replicate has its own generator derived from the seed, the
 * stream (DA or the paired bootstrap) and the replicate number, so replicates can run in parallel and still give
 * the same numbers for the same seed. The draws cannot match numpy's MT19937 stream of the authors' notebook
 * (docs/methods.md); compare bootstrap figures with a tolerance.
 */
final class Resampling {

    static final int DA_STREAM = 1;
    static final int PAIRED_STREAM = 2;

    private Resampling() {
    }

    static SplittableRandom generator(long seed, int stream, int replicate) {
        long mixed = mix(mix(seed) ^ (stream * 0x9E3779B97F4A7C15L)) + replicate * 0xD1B54A32D192ED03L;
        return new SplittableRandom(mix(mixed));
    }

    /** How often each of {@code n} positions is drawn in {@code n} draws with replacement. */
    static int[] multiplicities(SplittableRandom random, int n) {
        int[] counts = new int[n];
        for (int draw = 0; draw < n; draw++) {
            counts[random.nextInt(n)]++;
        }
        return counts;
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
