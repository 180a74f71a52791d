package org.latitude.agreement;

import java.util.List;

/**
 * A fitted Dawid–Skene model: posterior class distribution per unit, class prior, and each coder's confusion
 * matrix. Immutable; accessors copy.
 */
public final class DawidSkeneResult {

    private final List<String> coders;
    private final int classes;
    private final double[] posterior;
    private final double[] prior;
    private final double[] logConfusion;
    private final int iterations;
    private final boolean converged;
    private final double logLikelihood;
    private final double finalChange;
    private final double tolerance;

    DawidSkeneResult(List<String> coders, int classes, double[] posterior, double[] prior, double[] logConfusion,
                     int iterations, boolean converged, double logLikelihood, double finalChange,
                     double tolerance) {
        this.coders = List.copyOf(coders);
        this.classes = classes;
        this.posterior = posterior;
        this.prior = prior;
        this.logConfusion = logConfusion;
        this.iterations = iterations;
        this.converged = converged;
        this.logLikelihood = logLikelihood;
        this.finalChange = finalChange;
        this.tolerance = tolerance;
    }

    public List<String> coders() {
        return coders;
    }

    public int classCount() {
        return classes;
    }

    /** P(truth = k | ratings of unit u). */
    public double posterior(int unit, int k) {
        return posterior[unit * classes + k];
    }

    /** The most probable class of a unit (lowest code among exact ties). */
    public int label(int unit) {
        int best = 0;
        for (int k = 1; k < classes; k++) {
            if (posterior[unit * classes + k] > posterior[unit * classes + best]) {
                best = k;
            }
        }
        return best;
    }

    /** Posterior labels of all units as a {@link Consensus}. */
    public Consensus consensus() {
        int units = posterior.length / Math.max(classes, 1);
        int[] labels = new int[units];
        for (int u = 0; u < units; u++) {
            labels[u] = label(u);
        }
        return new Consensus("dawid-skene posterior mode", labels, 0);
    }

    public double[] prior() {
        return prior.clone();
    }

    /** Coder j's confusion matrix: [truth k][said l] = P(j says l | truth k). */
    public double[][] confusion(int coder) {
        double[][] m = new double[classes][classes];
        for (int truth = 0; truth < classes; truth++) {
            for (int said = 0; said < classes; said++) {
                m[truth][said] = Math.exp(logConfusion[(coder * classes + said) * classes + truth]);
            }
        }
        return m;
    }

    /** Coder j's estimated accuracy {@code Σ_k ρ_k π^(j)_kk}. */
    public double accuracy(int coder) {
        double a = 0;
        for (int k = 0; k < classes; k++) {
            a += prior[k] * Math.exp(logConfusion[(coder * classes + k) * classes + k]);
        }
        return a;
    }

    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return converged;
    }

    public double logLikelihood() {
        return logLikelihood;
    }

    /** |change of the log-likelihood| in the last iteration (the convergence criterion compares it to the tolerance). */
    public double finalChange() {
        return finalChange;
    }

    public double tolerance() {
        return tolerance;
    }
}
