package org.latitude.discretion;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The paired item bootstrap of PS, w*, ranks and DD (Buyl et al. 2025, docs/methods.md): each
 * replicate draws n item positions with replacement from all n items and refits every annotator on the
 * <em>same</em> resample, so that DD between two annotators compares rankings from the same items. Replicate ranks
 * are average ranks (scipy {@code rankdata}, no truncation).
 */
final class PairedBootstrap {

    /** What one replicate gives, indexed [annotator][principle] (supremacy: [annotator][c · K + c']). */
    record Replicate(double[][] weights, double[][] ranks, double[][] supremacy) {
    }

    private PairedBootstrap() {
    }

    static Replicate[] run(CaseClassification cases, List<Annotator> annotators, int replicates, long seed) {
        Replicate[] out = new Replicate[replicates];
        IntStream.range(0, replicates).parallel().forEach(r -> out[r] = replicate(cases, annotators,
                Resampling.multiplicities(Resampling.generator(seed, Resampling.PAIRED_STREAM, r), cases.itemCount())));
        return out;
    }

    private static Replicate replicate(CaseClassification cases, List<Annotator> annotators, int[] multiplicity) {
        int count = annotators.size();
        int k = cases.principleCount();
        double[][] weights = new double[count][];
        double[][] ranks = new double[count][];
        double[][] supremacy = new double[count][k * k];
        for (int a = 0; a < count; a++) {
            SupremacyMatrix s = SupremacyMatrix.weighted(cases, annotators.get(a).signsView(), multiplicity);
            PriorityFit fit = BradleyTerryFit.fit(s);
            weights[a] = fit.defined() ? fit.weights() : nanFilled(k);
            ranks[a] = PriorityRanks.of(weights[a], RankTies.AVERAGE);
            for (int c = 0; c < k; c++) {
                for (int d = 0; d < k; d++) {
                    supremacy[a][c * k + d] = s.supremacy(c, d);
                }
            }
        }
        return new Replicate(weights, ranks, supremacy);
    }

    private static double[] nanFilled(int k) {
        double[] out = new double[k];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }

    /** The replicate values of one annotator's principle (weights or ranks), NaN where undefined. */
    static double[] column(Replicate[] replicates, boolean ranks, int annotator, int principle) {
        double[] out = new double[replicates.length];
        for (int r = 0; r < replicates.length; r++) {
            double[][] values = ranks ? replicates[r].ranks() : replicates[r].weights();
            out[r] = values[annotator][principle];
        }
        return out;
    }

    static double[] supremacy(Replicate[] replicates, int annotator, int cell) {
        double[] out = new double[replicates.length];
        for (int r = 0; r < replicates.length; r++) {
            out[r] = replicates[r].supremacy()[annotator][cell];
        }
        return out;
    }

    static double[] discrepancy(Replicate[] replicates, int a, int b) {
        double[] out = new double[replicates.length];
        for (int r = 0; r < replicates.length; r++) {
            out[r] = KendallTau.discrepancy(replicates[r].ranks()[a], replicates[r].ranks()[b]);
        }
        return out;
    }
}
