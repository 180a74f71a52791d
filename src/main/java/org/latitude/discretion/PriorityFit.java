package org.latitude.discretion;

import java.util.List;

/**
 * Principle priority weights w* of one annotator (Buyl et al. 2025, docs/methods.md): +∞ for an
 * "always winner", −∞ for an "always loser" or a principle with no conflict, the centred maximum-likelihood
 * Bradley–Terry weights (Σ<sub>c∈F</sub> w<sub>c</sub> = 0) for the finite set F, or NaN for the finite set when the
 * estimate does not exist.
 *
 * @param weights     w*<sub>c</sub> per principle
 * @param status      how the fit ended
 * @param loss        the minimised Σ over ordered pairs in F of n · BCE(σ(w<sub>c</sub> − w<sub>c'</sub>), PS), i.e.
 *                    twice the Bradley–Terry negative log-likelihood; NaN when undefined
 * @param iterations  Newton steps taken
 * @param maxGradient max |∂loss/∂w| at the end (of the negative log-likelihood); NaN when nothing was fitted
 * @param components  the strongly connected components of the win graph on F (one when the estimate exists)
 * @param reason      why weights are undefined or infinite; empty when every weight is a finite estimate
 */
public record PriorityFit(double[] weights, FitStatus status, double loss, int iterations, double maxGradient,
                          List<List<Integer>> components, String reason) {

    public PriorityFit {
        weights = weights.clone();
        components = components.stream().map(List::copyOf).toList();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** w*<sub>c</sub>. */
    public double weight(int principle) {
        return weights[principle];
    }

    /** Whether the weights (finite or ±∞) are defined, so that ranks exist. */
    public boolean defined() {
        return status == FitStatus.CONVERGED || status == FitStatus.ALL_INFINITE;
    }
}
