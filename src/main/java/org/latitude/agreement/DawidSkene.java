package org.latitude.agreement;

import java.util.stream.IntStream;

/**
 * Truth inference by the EM algorithm of Dawid &amp; Skene (1979), "Maximum likelihood estimation of observer
 * error-rates using the EM algorithm", <i>Applied Statistics</i> 28(1): class prior ρ_k and
 * one confusion matrix per coder, {@code π^(j)_kl = P(j says l | truth k)}, labels independent given the truth
 * (docs/methods.md).
 * <ul>
 *   <li>E-step: {@code T_uk ∝ ρ_k Π_j Π_l (π^(j)_kl)^{n^(j)_ul}} over the observed ratings only (missing data is
 *       native), in log space;</li>
 *   <li>M-step: {@code ρ_k = (1/N) Σ_u T_uk}, {@code π^(j)_kl ∝ Σ_u T_uk n^(j)_ul + a} (Dirichlet smoothing a);</li>
 *   <li>start from majority-vote shares; converged when the log-likelihood (summed over units) changes by less
 *       than the tolerance, 1e-6, between two iterations (docs/methods.md, "Dawid–Skene"); stop there or after the
 *       iteration cap, reporting the iterations and the last change either way. One iteration costs
 *       O(R·K + J·K²).</li>
 * </ul>
 * For multi-label data fit one binary model per category ({@link RatingTable#indicator(int)}).
 */
public final class DawidSkene {

    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final double DEFAULT_TOLERANCE = 1e-6;
    public static final double DEFAULT_SMOOTHING = 0.01;

    private DawidSkene() {
    }

    /** Units per chunk: chunks are processed in any order (in parallel) and merged in order, so results are exact. */
    private static final int CHUNK = 1 << 14;

    /** Sums over a chunk of units: Σ T_uk (prior), Σ T_uk n^(j)_ul (counts[j][l][k]) and the log-likelihood. */
    private record Sums(double[] prior, double[] counts, double logLikelihood) {
    }

    public static DawidSkeneResult fit(RatingTable t) {
        return fit(t, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, DEFAULT_SMOOTHING, true);
    }

    /** @param parallel whether chunks of units may be processed on several threads (results are identical) */
    public static DawidSkeneResult fit(RatingTable t, int maxIterations, double tolerance, double smoothing,
                                       boolean parallel) {
        int units = t.unitCount();
        int k = t.valueCount();
        double[] posterior = new double[units * k];
        for (int u = 0; u < units; u++) {
            int m = t.ratingsOf(u);
            for (int a = t.countStart[u]; a < t.countStart[u + 1]; a++) {
                posterior[u * k + t.countValue[a]] = (double) t.count[a] / m;
            }
        }
        Sums sums = pass(t, posterior, null, null, parallel);
        double[] prior = new double[k];
        double[] logConfusion = new double[sums.counts().length];
        double logLikelihood = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        boolean converged = false;
        double change = Double.NaN;
        while (iteration < maxIterations && !converged) {
            iteration++;
            maximise(sums, units, prior, logConfusion, smoothing);
            sums = pass(t, posterior, prior, logConfusion, parallel);
            change = Math.abs(sums.logLikelihood() - logLikelihood);
            converged = change < tolerance;
            logLikelihood = sums.logLikelihood();
        }
        maximise(sums, units, prior, logConfusion, smoothing);
        return new DawidSkeneResult(t.coderIds(), k, posterior, prior, logConfusion, iteration, converged,
                logLikelihood, change, tolerance);
    }

    /**
     * One pass over the units: the E-step (when a model is given; otherwise the posteriors are kept) fused with the
     * sums the next M-step needs, chunk by chunk, merged in chunk order.
     */
    private static Sums pass(RatingTable t, double[] posterior, double[] prior, double[] logConfusion,
                             boolean parallel) {
        int units = t.unitCount();
        Sums[] parts = new Sums[(units + CHUNK - 1) / CHUNK];
        IntStream chunks = IntStream.range(0, parts.length);
        (parallel ? chunks.parallel() : chunks).forEach(c -> parts[c] = chunk(t, posterior, prior, logConfusion,
                c * CHUNK, Math.min(units, (c + 1) * CHUNK)));
        int k = t.valueCount();
        double[] priorSums = new double[k];
        double[] counts = new double[t.coderCount() * k * k];
        double logLikelihood = 0;
        for (Sums part : parts) {
            for (int i = 0; i < k; i++) {
                priorSums[i] += part.prior()[i];
            }
            for (int i = 0; i < counts.length; i++) {
                counts[i] += part.counts()[i];
            }
            logLikelihood += part.logLikelihood();
        }
        return new Sums(priorSums, counts, logLikelihood);
    }

    private static Sums chunk(RatingTable t, double[] posterior, double[] prior, double[] logConfusion, int from,
                              int to) {
        int k = t.valueCount();
        double[] priorSums = new double[k];
        double[] counts = new double[t.coderCount() * k * k];
        double[] logPrior = new double[k];
        for (int c = 0; c < k && prior != null; c++) {
            logPrior[c] = prior[c] > 0 ? Math.log(prior[c]) : Double.NEGATIVE_INFINITY;
        }
        double[] score = new double[k];
        double logLikelihood = 0;
        for (int u = from; u < to; u++) {
            int base = u * k;
            if (prior != null) {
                logLikelihood += expect(t, u, logPrior, logConfusion, score);
                System.arraycopy(score, 0, posterior, base, k);
            }
            for (int c = 0; c < k; c++) {
                priorSums[c] += posterior[base + c];
            }
            for (int i = t.unitStart[u]; i < t.unitStart[u + 1]; i++) {
                int cell = (t.coder[i] * k + t.value[i]) * k;
                for (int c = 0; c < k; c++) {
                    counts[cell + c] += posterior[base + c];
                }
            }
        }
        return new Sums(priorSums, counts, logLikelihood);
    }

    /** E-step of one unit: its posterior into {@code score}; returns the unit's log-likelihood. */
    private static double expect(RatingTable t, int u, double[] logPrior, double[] logConfusion, double[] score) {
        int k = score.length;
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
        for (int c = 0; c < k; c++) {
            score[c] /= sum;
        }
        return max + Math.log(sum);
    }

    /** M-step: prior and log confusion matrices (layout [coder][said l][truth k]) from the sums. */
    private static void maximise(Sums sums, int units, double[] prior, double[] logConfusion, double smoothing) {
        int k = prior.length;
        for (int c = 0; c < k; c++) {
            prior[c] = sums.prior()[c] / units;
        }
        double[] counts = sums.counts();
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
}
