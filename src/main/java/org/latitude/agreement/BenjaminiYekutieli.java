package org.latitude.agreement;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini–Yekutieli step-up procedure, which controls the false discovery rate at level q under any dependence
 * between the tests (Benjamini &amp; Yekutieli 2001, "The control of the false discovery rate in multiple testing
 * under dependency", <i>Annals of Statistics</i> 29(4), Theorem 1.3). With the m p-values sorted,
 * p<sub>(1)</sub> ≤ … ≤ p<sub>(m)</sub>, and c(m) = Σ<sub>i=1..m</sub> 1/i, it rejects
 * H<sub>(1)</sub> … H<sub>(k)</sub> for the largest k with p<sub>(k)</sub> ≤ k·q / (m·c(m)). The adjusted p-value is
 * p̃<sub>(k)</sub> = min<sub>j ≥ k</sub> min(1, m·c(m)·p<sub>(j)</sub> / j) (R's {@code p.adjust(p, "BY")}, scipy's
 * {@code false_discovery_control(p, method="by")}): H<sub>(k)</sub> is rejected exactly when p̃<sub>(k)</sub> ≤ q.
 *
 * <p>An undefined (NaN) p-value is a test that was run without a verdict: it counts in m, is never rejected, and its
 * adjusted value stays NaN (R's {@code p.adjust} keeps NA in n the same way).
 */
final class BenjaminiYekutieli {

    /**
     * @param adjusted BY-adjusted p-values, in input order
     * @param rejected whether each null hypothesis is rejected at the level asked for, in input order
     */
    record Outcome(double[] adjusted, boolean[] rejected) {
    }

    private BenjaminiYekutieli() {
    }

    static Outcome apply(double[] p, double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("the false discovery rate must lie in (0, 1), not " + q);
        }
        int m = p.length;
        double c = IntStream.rangeClosed(1, m).mapToDouble(i -> 1.0 / i).sum();
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(p[i]) ? Double.POSITIVE_INFINITY : p[i]));
        int largest = -1;
        for (int k = 0; k < m; k++) {
            double pk = p[order[k]];
            if (!Double.isNaN(pk) && pk <= (k + 1) * q / (m * c)) {
                largest = k;
            }
        }
        double[] adjusted = new double[m];
        boolean[] rejected = new boolean[m];
        double running = 1;
        for (int k = m - 1; k >= 0; k--) {
            int i = order[k];
            if (Double.isNaN(p[i])) {
                adjusted[i] = Double.NaN;
                continue;
            }
            running = Math.min(running, Math.min(1, m * c * p[i] / (k + 1)));
            adjusted[i] = running;
            rejected[i] = k <= largest;
        }
        return new Outcome(adjusted, rejected);
    }
}
