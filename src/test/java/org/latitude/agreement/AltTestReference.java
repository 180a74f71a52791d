package org.latitude.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * An independent, deliberately literal implementation of the alt-test for cross-checks (Calderon, Reichart &amp; Dror
 * 2025, §3): annotations as maps, alignment scores as means of similarities, indicator lists, the t statistic from
 * Commons Math's standard deviation, the signed-rank p-value by enumerating all 2ⁿ sign assignments, and the
 * Benjamini–Yekutieli step-up from its thresholds. Slow, and shares no code with {@link AltTest}.
 */
final class AltTestReference {

    record Annotator(String id, int n, double rhoF, double rhoH, double p) {
    }

    record Result(double omega, double rho, List<Annotator> annotators) {
    }

    private AltTestReference() {
    }

    /**
     * @param humans annotator → item → label
     * @param model  item → label
     * @param sim    similarity of two labels
     */
    static <L> Result run(Map<String, Map<String, L>> humans, Map<String, L> model, BiFunction<L, L, Double> sim,
                          double epsilon, int tThreshold) {
        List<Annotator> out = new ArrayList<>();
        for (String j : new TreeMap<>(humans).keySet()) {
            List<Double> d = new ArrayList<>();
            double wf = 0;
            double wh = 0;
            for (Map.Entry<String, L> item : humans.get(j).entrySet()) {
                List<L> rest = humans.entrySet().stream().filter(e -> !e.getKey().equals(j))
                        .map(e -> e.getValue().get(item.getKey())).filter(x -> x != null).toList();
                L f = model.get(item.getKey());
                if (rest.isEmpty() || f == null) {
                    continue;
                }
                double sf = rest.stream().mapToDouble(x -> sim.apply(f, x)).average().orElseThrow();
                double sh = rest.stream().mapToDouble(x -> sim.apply(item.getValue(), x)).average().orElseThrow();
                boolean fWins = sf >= sh - 1e-12;
                boolean hWins = sh >= sf - 1e-12;
                wf += fWins ? 1 : 0;
                wh += hWins ? 1 : 0;
                d.add((hWins ? 1.0 : 0.0) - (fWins ? 1.0 : 0.0));
            }
            if (d.isEmpty()) {
                continue;
            }
            double[] x = d.stream().mapToDouble(Double::doubleValue).toArray();
            double p = x.length >= tThreshold ? tTest(x, epsilon) : signedRank(x, epsilon);
            out.add(new Annotator(j, x.length, wf / x.length, wh / x.length, p));
        }
        boolean[] rejected = stepUp(out.stream().mapToDouble(Annotator::p).toArray(), 0.05);
        int wins = 0;
        for (boolean r : rejected) {
            wins += r ? 1 : 0;
        }
        return new Result((double) wins / out.size(), out.stream().mapToDouble(Annotator::rhoF).average()
                .orElseThrow(), out);
    }

    static double tTest(double[] d, double epsilon) {
        double mean = Arrays.stream(d).average().orElseThrow();
        double sd = new StandardDeviation(true).evaluate(d);
        return new TDistribution(d.length - 1).cumulativeProbability((mean - epsilon) / (sd / Math.sqrt(d.length)));
    }

    /** P(T⁺ ≤ t⁺) by enumerating every sign assignment of the mid-ranked non-zero d − ε (n ≤ 20). */
    static double signedRank(double[] d, double epsilon) {
        double[] x = Arrays.stream(d).map(v -> v - epsilon).filter(v -> v != 0).toArray();
        double[] rank = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double below = 0;
            double same = 0;
            for (double y : x) {
                below += Math.abs(y) < Math.abs(x[i]) ? 1 : 0;
                same += Math.abs(y) == Math.abs(x[i]) ? 1 : 0;
            }
            rank[i] = below + (same + 1) / 2;
        }
        double observed = 0;
        for (int i = 0; i < x.length; i++) {
            observed += x[i] > 0 ? rank[i] : 0;
        }
        long atMost = 0;
        for (long signs = 0; signs < 1L << x.length; signs++) {
            double t = 0;
            for (int i = 0; i < x.length; i++) {
                t += (signs >>> i & 1) == 1 ? rank[i] : 0;
            }
            atMost += t <= observed + 1e-9 ? 1 : 0;
        }
        return (double) atMost / (1L << x.length);
    }

    static boolean[] stepUp(double[] p, double q) {
        int m = p.length;
        double c = 0;
        for (int i = 1; i <= m; i++) {
            c += 1.0 / i;
        }
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        double cut = -1;
        for (int k = 1; k <= m; k++) {
            if (sorted[k - 1] <= k * q / (m * c)) {
                cut = sorted[k - 1];
            }
        }
        boolean[] rejected = new boolean[m];
        for (int i = 0; i < m; i++) {
            rejected[i] = p[i] <= cut;
        }
        return rejected;
    }
}
