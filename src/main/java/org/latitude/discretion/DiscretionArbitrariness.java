package org.latitude.discretion;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Computes {@link ArbitrarinessEstimate}s for several annotators at once (Buyl et al. 2025,
 * docs/methods.md). The bootstrap resamples the consensus items with replacement, recomputes DA and
 * summarises the replicates; every annotator sees the same resamples (so differences between annotators are paired),
 * and a replicate where the annotator has no strict preference on the resampled items is undefined.
 */
final class DiscretionArbitrariness {

    private static final byte INVALID = 0;
    private static final byte AGREES = 1;
    private static final byte AGAINST = 2;

    private DiscretionArbitrariness() {
    }

    static List<ArbitrarinessEstimate> estimate(CaseClassification cases, List<Annotator> annotators, int replicates,
                                                long seed) {
        int[] consensus = cases.consensusItems();
        int count = annotators.size();
        byte[] codes = new byte[consensus.length * count];
        for (int j = 0; j < consensus.length; j++) {
            int item = consensus[j];
            for (int a = 0; a < count; a++) {
                int label = annotators.get(a).sign(item);
                codes[j * count + a] = label == 0 ? INVALID : label * cases.consensusSign(item) < 0 ? AGAINST : AGREES;
            }
        }
        double[][] values = new double[count][replicates];
        if (consensus.length > 0) {
            IntStream.range(0, replicates).parallel().forEach(r -> replicate(codes, consensus.length, count,
                    Resampling.generator(seed, Resampling.DA_STREAM, r), values, r));
        } else {
            java.util.Arrays.stream(values).forEach(v -> java.util.Arrays.fill(v, Double.NaN));
        }
        List<ArbitrarinessEstimate> out = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            int valid = 0;
            int against = 0;
            for (int j = 0; j < consensus.length; j++) {
                valid += codes[j * count + a] != INVALID ? 1 : 0;
                against += codes[j * count + a] == AGAINST ? 1 : 0;
            }
            BootstrapSummary summary = replicates == 0 ? BootstrapSummary.NONE : BootstrapSummary.of(values[a]);
            out.add(ArbitrarinessEstimate.of(against, valid, summary));
        }
        return List.copyOf(out);
    }

    private static void replicate(byte[] codes, int m, int count, SplittableRandom random, double[][] values, int r) {
        int[] valid = new int[count];
        int[] against = new int[count];
        for (int draw = 0; draw < m; draw++) {
            int base = random.nextInt(m) * count;
            for (int a = 0; a < count; a++) {
                byte code = codes[base + a];
                valid[a] += code != INVALID ? 1 : 0;
                against[a] += code == AGAINST ? 1 : 0;
            }
        }
        for (int a = 0; a < count; a++) {
            values[a][r] = valid[a] == 0 ? Double.NaN : (double) against[a] / valid[a];
        }
    }
}
