package org.latitude.agreement;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic ratings from a latent-class model (docs/benchmarks.md): each unit has a true class drawn from a prior;
 * each coder reports it with their own accuracy, else a uniformly random other class; a share of cells is missing.
 */
final class Synthetic {

    final int[] truth;
    final RatingTable table;

    Synthetic(long seed, int units, double[] accuracies, double[] prior, double missing) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = prior.length;
        truth = new int[units];
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(
                java.util.stream.IntStream.range(0, k).mapToObj(c -> "c" + c).toList()));
        for (int u = 0; u < units; u++) {
            truth[u] = draw(random, prior);
            for (int j = 0; j < accuracies.length; j++) {
                if (random.nextDouble() < missing) {
                    continue;
                }
                int said = random.nextDouble() < accuracies[j] ? truth[u]
                        : (truth[u] + 1 + random.nextInt(k - 1)) % k;
                b.addCode(String.format("u%06d", u), "h" + (j + 1), said);
            }
        }
        table = b.build();
    }

    private static int draw(SplittableRandom random, double[] prior) {
        double x = random.nextDouble();
        for (int c = 0; c < prior.length - 1; c++) {
            x -= prior[c];
            if (x < 0) {
                return c;
            }
        }
        return prior.length - 1;
    }

    static RatingTable of(List<String[]> rows, ValueDomain domain) {
        RatingTableBuilder b = RatingTable.builder(domain);
        rows.forEach(r -> b.add(r[0], r[1], r[2]));
        return b.build();
    }
}
