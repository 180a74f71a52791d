package org.latitude.agreement;

import java.util.List;

/**
 * Cohen's κ (and π, weighted κ) of every coder pair, for an annotator × annotator heat-map.
 *
 * @param coders the coders in sorted id order (the matrix order)
 * @param pairs  one entry per pair (a, b) with a &lt; b, in row-major order
 */
public record PairwiseAgreement(List<String> coders, List<CoderPair> pairs) {

    public PairwiseAgreement {
        coders = List.copyOf(coders);
        pairs = List.copyOf(pairs);
    }

    /** Symmetric matrix of Cohen's κ; the diagonal and pairs without shared units are NaN. */
    public double[][] kappaMatrix() {
        int m = coders.size();
        double[][] kappa = new double[m][m];
        for (int a = 0; a < m; a++) {
            kappa[a][a] = Double.NaN;
            for (int b = a + 1; b < m; b++) {
                double k = pairs.get(CoderPairs.index(a, b, m)).cohenKappa().value();
                kappa[a][b] = k;
                kappa[b][a] = k;
            }
        }
        return kappa;
    }

    /** Symmetric matrix of the number of units each pair shares. */
    public int[][] sharedUnitsMatrix() {
        int m = coders.size();
        int[][] shared = new int[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                shared[a][b] = shared[b][a] = pairs.get(CoderPairs.index(a, b, m)).sharedUnits();
            }
        }
        return shared;
    }

    /** The pair of two coders, in either order. */
    public CoderPair pair(String a, String b) {
        int i = coders.indexOf(a);
        int j = coders.indexOf(b);
        if (i < 0 || j < 0 || i == j) {
            throw new IllegalArgumentException("no pair " + a + ", " + b);
        }
        return pairs.get(CoderPairs.index(Math.min(i, j), Math.max(i, j), coders.size()));
    }

    /**
     * Light's κ (Light 1971): the mean of the pairwise Cohen κ over pairs where it is defined (NLTK
     * {@code AnnotationTask.kappa}); NaN with a reason when no pair has one.
     */
    public Coefficient lightKappa() {
        double sum = 0;
        int n = 0;
        for (CoderPair p : pairs) {
            if (p.cohenKappa().defined()) {
                sum += p.cohenKappa().value();
                n++;
            }
        }
        return n == 0 ? Coefficient.undefined("no coder pair has a defined Cohen κ")
                : new Coefficient(sum / n, Double.NaN, Double.NaN, null);
    }
}
