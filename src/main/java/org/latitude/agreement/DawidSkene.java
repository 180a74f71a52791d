package org.latitude.agreement;

/**
 * Truth inference by the EM algorithm of Dawid &amp; Skene (1979), "Maximum likelihood estimation of observer
 * error-rates using the EM algorithm", <i>Applied Statistics</i> 28(1) (agreement-spec §2.11): class prior ρ_k and
 * one confusion matrix per coder, {@code π^(j)_kl = P(j says l | truth k)}, labels independent given the truth.
 * <ul>
 *   <li>E-step: {@code T_uk ∝ ρ_k Π_j Π_l (π^(j)_kl)^{n^(j)_ul}} over the observed ratings only (missing data is
 *       native), in log space;</li>
 *   <li>M-step: {@code ρ_k = (1/N) Σ_u T_uk}, {@code π^(j)_kl ∝ Σ_u T_uk n^(j)_ul + a} (Dirichlet smoothing a);</li>
 *   <li>start from majority-vote shares; stop when the log-likelihood changes by less than the tolerance per unit,
 *       or after the iteration cap. One iteration costs O(R·K + J·K²).</li>
 * </ul>
 * For multi-label data fit one binary model per category ({@link RatingTable#indicator(int)}).
 */
public final class DawidSkene {

    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final double DEFAULT_TOLERANCE = 1e-6;
    public static final double DEFAULT_SMOOTHING = 0.01;

    private DawidSkene() {
    }

    public static DawidSkeneResult fit(RatingTable t) {
        return fit(t, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, DEFAULT_SMOOTHING);
    }

    public static DawidSkeneResult fit(RatingTable t, int maxIterations, double tolerance, double smoothing) {
        int units = t.unitCount();
        int k = t.valueCount();
        double[] posterior = new double[units * k];
        for (int u = 0; u < units; u++) {
            int m = t.ratingsOf(u);
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                posterior[u * k + t.countValue[a]] = (double) t.count[a] / m;
            }
        }
        double[] prior = new double[k];
        double[] counts = new double[t.coderCount() * k * k];
        accumulate(t, posterior, prior, counts);
        double[] logConfusion = new double[counts.length];
        double logLikelihood = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            maximise(prior, units, counts, logConfusion, smoothing);
            double next = expect(t, posterior, prior, logConfusion);
            java.util.Arrays.fill(prior, 0);
            java.util.Arrays.fill(counts, 0);
            accumulate(t, posterior, prior, counts);
            converged = Math.abs(next - logLikelihood) / Math.max(units, 1) < tolerance;
            logLikelihood = next;
        }
        maximise(prior, units, counts, logConfusion, smoothing);
        return new DawidSkeneResult(t.coderIds(), k, posterior, prior, logConfusion, iteration, converged,
                logLikelihood);
    }

    /** Sufficient statistics of the M-step: Σ_u T_uk into prior, Σ_u T_uk n^(j)_ul into counts[j][l][k]. */
    private static void accumulate(RatingTable t, double[] posterior, double[] prior, double[] counts) {
        int k = prior.length;
        for (int u = 0; u < t.unitCount(); u++) {
            int base = u * k;
            for (int c = 0; c < k; c++) {
                prior[c] += posterior[base + c];
            }
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                int cell = (t.coder[i] * k + t.value[i]) * k;
                for (int c = 0; c < k; c++) {
                    counts[cell + c] += posterior[base + c];
                }
            }
        }
    }

    /** M-step: prior (in place, from its sums) and log confusion matrices (layout [coder][said l][truth k]). */
    private static void maximise(double[] prior, int units, double[] counts, double[] logConfusion,
                                 double smoothing) {
        int k = prior.length;
        for (int c = 0; c < k; c++) {
            prior[c] /= units;
        }
        int coders = logConfusion.length / (k * k);
        for (int j = 0; j < coders; j++) {
            for (int truth = 0; truth < k; truth++) {
                double row = 0;
                for (int said = 0; said < k; said++) {
                    row += counts[(j * k + said) * k + truth] + smoothing;
                }
                for (int said = 0; said < k; said++) {
                    int cell = (j * k + said) * k + truth;
                    logConfusion[cell] = Math.log((counts[cell] + smoothing) / row);
                }
            }
        }
    }

    /** E-step: posteriors from prior and confusion matrices; returns the log-likelihood. */
    private static double expect(RatingTable t, double[] posterior, double[] prior, double[] logConfusion) {
        int k = prior.length;
        double[] logPrior = new double[k];
        for (int c = 0; c < k; c++) {
            logPrior[c] = prior[c] > 0 ? Math.log(prior[c]) : Double.NEGATIVE_INFINITY;
        }
        double[] score = new double[k];
        double logLikelihood = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            System.arraycopy(logPrior, 0, score, 0, k);
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                int cell = (t.coder[i] * k + t.value[i]) * k;
                for (int c = 0; c < k; c++) {
                    score[c] += logConfusion[cell + c];
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double s : score) {
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                score[c] = Math.exp(score[c] - max);
                sum += score[c];
            }
            logLikelihood += max + Math.log(sum);
            for (int c = 0; c < k; c++) {
                posterior[u * k + c] = score[c] / sum;
            }
        }
        return logLikelihood;
    }
}
