package org.latitude.discretion;

import java.util.Arrays;

/**
 * An independent re-implementation, for cross-checking only, of the authors' Elo fit (Buyl et al. 2025 code release,
 * {@code analysis.ipynb}, as Buyl et al. (2025) describe it): minimise
 * (1/M) Σ<sub>c,c'∈F</sub> n(c,c') · BCE(σ(w<sub>c</sub> − w<sub>c'</sub>), PS(c,c')) with Adam (lr 0.1,
 * β = (0.9, 0.999), ε = 1e-8, from w = 0) until max|∂loss/∂w| &lt; 1e-7 or 30 000 iterations, in double precision
 * (the authors use float32). The ±∞ pre-assignment is taken from the engine's fit.
 */
public final class AuthorsAdamFit {

    private AuthorsAdamFit() {
    }

    /** Adam weights for the finite principles of {@code exact}; ±∞ copied; not centred. */
    public static double[] fit(SupremacyMatrix s, PriorityFit exact) {
        int k = s.size();
        int[] f = java.util.stream.IntStream.range(0, k).filter(c -> Double.isFinite(exact.weight(c))).toArray();
        double[] w = new double[f.length];
        double[] m = new double[f.length];
        double[] v = new double[f.length];
        double scale = 1.0 / ((double) f.length * f.length);
        for (int t = 1; t <= 30_000; t++) {
            double[] g = gradient(s, f, w, scale);
            if (Arrays.stream(g).map(Math::abs).max().orElse(0) < 1e-7) {
                break;
            }
            for (int i = 0; i < f.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                w[i] -= 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        double[] out = exact.weights();
        for (int i = 0; i < f.length; i++) {
            out[f[i]] = w[i];
        }
        return out;
    }

    private static double[] gradient(SupremacyMatrix s, int[] f, double[] w, double scale) {
        double[] g = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            for (int j = 0; j < f.length; j++) {
                double n = s.conflicts(f[i], f[j]);
                if (i == j || n == 0) {
                    continue;
                }
                double p = 1 / (1 + Math.exp(-(w[i] - w[j])));
                double r = scale * n * (p - s.supremacy(f[i], f[j]));
                g[i] += r;
                g[j] -= r;
            }
        }
        return g;
    }
}
