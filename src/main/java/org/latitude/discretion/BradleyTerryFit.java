package org.latitude.discretion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Principle priorities w* by exact Bradley–Terry maximum likelihood (Bradley and Terry 1952; Zermelo 1929), the
 * paper's "Elo" (Buyl et al. 2025, docs/methods.md), in place of the authors' Adam loop:
 * <ol>
 *   <li>Pre-assignment: a principle whose defined PS row is all 1 gets +∞, all 0 gets −∞; the −∞ test comes
 *       second, so a principle with no conflict at all (whole row undefined) gets −∞ (the authors' rule, docs/methods.md). F is the set of
 *       finite principles; pairs involving ±∞ leave the loss.</li>
 *   <li>Existence: the estimate on F exists only when the win graph on F is strongly connected ({@link WinGraph});
 *       otherwise the fit reports {@link FitStatus#DOES_NOT_EXIST} with the components instead of drifting.</li>
 *   <li>Newton's method with backtracking on the convex negative log-likelihood
 *       Σ<sub>c≠c'</sub> −W(c, c') log σ(w<sub>c</sub> − w<sub>c'</sub>), from w = 0, each step solving
 *       (H + λ11ᵀ)Δ = −g so that Σ<sub>c∈F</sub> w<sub>c</sub> stays 0 (the centring of docs/methods.md).</li>
 * </ol>
 */
public final class BradleyTerryFit {

    private static final int MAX_STEPS = 100;
    private static final double TOLERANCE = 1e-11;
    /** Loss changes below this relative size are rounding: near the optimum a full Newton step is then taken. */
    private static final double ROUNDING = 1e-13;

    private BradleyTerryFit() {
    }

    public static PriorityFit fit(SupremacyMatrix s) {
        double[] w = preassigned(s);
        int[] finite = IntStream.range(0, w.length).filter(c -> w[c] == 0).toArray();
        String infinite = describeInfinite(w);
        if (finite.length == 0) {
            return new PriorityFit(w, FitStatus.ALL_INFINITE, 0, 0, Double.NaN, List.of(), infinite);
        }
        List<List<Integer>> components = WinGraph.components(s, finite);
        if (components.size() > 1) {
            for (int c : finite) {
                w[c] = Double.NaN;
            }
            String reason = "Bradley-Terry estimate does not exist: the win graph on the finite principles is not"
                    + " strongly connected (components " + components + ")";
            return new PriorityFit(w, FitStatus.DOES_NOT_EXIST, Double.NaN, 0, Double.NaN, components, reason);
        }
        return newton(s, finite, w, components, infinite);
    }

    /** ±∞ for rows of PS that are all 1 or all 0 (undefined entries ignored), 0 for the rest. */
    private static double[] preassigned(SupremacyMatrix s) {
        int k = s.size();
        double[] w = new double[k];
        for (int c = 0; c < k; c++) {
            boolean allWon = true;
            boolean allLost = true;
            for (int d = 0; d < k; d++) {
                if (d != c && s.conflicts(c, d) > 0) {
                    allWon &= s.wins(d, c) == 0;
                    allLost &= s.wins(c, d) == 0;
                }
            }
            w[c] = allLost ? Double.NEGATIVE_INFINITY : allWon ? Double.POSITIVE_INFINITY : 0;
        }
        return w;
    }

    private static String describeInfinite(double[] w) {
        List<Integer> plus = new ArrayList<>();
        List<Integer> minus = new ArrayList<>();
        for (int c = 0; c < w.length; c++) {
            if (w[c] == Double.POSITIVE_INFINITY) {
                plus.add(c);
            } else if (w[c] == Double.NEGATIVE_INFINITY) {
                minus.add(c);
            }
        }
        if (plus.isEmpty() && minus.isEmpty()) {
            return "";
        }
        return "pre-assigned +inf (won every conflict): " + plus
                + "; -inf (lost every conflict, or had none): " + minus;
    }

    private static PriorityFit newton(SupremacyMatrix s, int[] f, double[] w, List<List<Integer>> components,
                                      String infinite) {
        int m = f.length;
        double[] x = new double[m];
        double scale = 1;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                scale += s.wins(f[i], f[j]);
            }
        }
        Evaluation e = evaluate(s, f, x, true);
        int steps = 0;
        while (maxAbs(e.gradient) > TOLERANCE * scale && steps < MAX_STEPS) {
            double[] next = step(s, f, x, e);
            if (next == null) {
                break;
            }
            x = next;
            e = evaluate(s, f, x, true);
            steps++;
        }
        double mean = java.util.Arrays.stream(x).average().orElse(0);
        for (int i = 0; i < m; i++) {
            w[f[i]] = x[i] - mean;
        }
        double gradient = maxAbs(e.gradient);
        boolean converged = gradient <= 1e3 * TOLERANCE * scale;
        String reason = converged ? infinite
                : "Newton's method did not converge (max gradient " + gradient + " after " + steps + " steps)";
        return new PriorityFit(w, converged ? FitStatus.CONVERGED : FitStatus.NOT_CONVERGED, 2 * e.loss, steps,
                gradient, components, reason);
    }

    /** One damped Newton step (Armijo backtracking), or {@code null} when no step lowers the loss. */
    private static double[] step(SupremacyMatrix s, int[] f, double[] x, Evaluation e) {
        double[] delta = direction(e, f.length);
        if (delta == null) {
            return null;
        }
        double slope = dot(e.gradient, delta);
        double slack = ROUNDING * Math.abs(e.loss);
        double t = 1;
        Evaluation next = evaluate(s, f, add(x, t, delta), false);
        while (next.loss > e.loss + 1e-4 * t * slope + slack && t > 1e-10) {
            t /= 2;
            next = evaluate(s, f, add(x, t, delta), false);
        }
        return next.loss > e.loss + slack ? null : add(x, t, delta);
    }

    private record Evaluation(double loss, double[] gradient, double[][] hessian) {
    }

    /** Negative log-likelihood on F, with its gradient and Hessian when asked. */
    private static Evaluation evaluate(SupremacyMatrix s, int[] f, double[] x, boolean derivatives) {
        int m = f.length;
        double loss = 0;
        double[] g = new double[m];
        double[][] h = derivatives ? new double[m][m] : null;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double won = s.wins(f[i], f[j]);
                double lost = s.wins(f[j], f[i]);
                if (won + lost == 0) {
                    continue;
                }
                double d = x[i] - x[j];
                loss += won * softplus(-d) + lost * softplus(d);
                if (derivatives) {
                    double p = 1 / (1 + Math.exp(-d));
                    double gi = (won + lost) * p - won;
                    double hij = (won + lost) * p * (1 - p);
                    g[i] += gi;
                    g[j] -= gi;
                    h[i][i] += hij;
                    h[j][j] += hij;
                    h[i][j] -= hij;
                    h[j][i] -= hij;
                }
            }
        }
        return new Evaluation(loss, g, h);
    }

    /**
     * Solves (H + λ11ᵀ)Δ = −g by Cholesky factorisation; the rank-one term fixes the translation so that Σ Δ = 0
     * (H is a weighted graph Laplacian, positive definite on the complement of 1 when the graph is connected).
     */
    private static double[] direction(Evaluation e, int m) {
        double trace = 0;
        for (int i = 0; i < m; i++) {
            trace += e.hessian[i][i];
        }
        double lambda = Math.max(trace / m, 1e-12) / m;
        double[][] l = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = e.hessian[i][j] + lambda;
                for (int p = 0; p < j; p++) {
                    sum -= l[i][p] * l[j][p];
                }
                if (i == j) {
                    if (!(sum > 1e-14 * lambda)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return choleskySolve(l, e.gradient);
    }

    /** x with L Lᵀ x = −g. */
    private static double[] choleskySolve(double[][] l, double[] g) {
        int m = g.length;
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = -g[i];
            for (int p = 0; p < i; p++) {
                sum -= l[i][p] * y[p];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double sum = y[i];
            for (int p = i + 1; p < m; p++) {
                sum -= l[p][i] * x[p];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    /** log(1 + e<sup>z</sup>) without overflow. */
    private static double softplus(double z) {
        return z > 0 ? z + Math.log(1 + Math.exp(-z)) : Math.log(1 + Math.exp(z));
    }

    private static double[] add(double[] x, double t, double[] d) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + t * d[i];
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double maxAbs(double[] a) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
