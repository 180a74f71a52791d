package org.latitude.discretion;

/**
 * Everything computed for one annotator: DA, the PS matrix with conflict counts, the priority fit w*, the
 * point-estimate ranks (by the options' tie rule) and the paired-bootstrap distributions.
 */
public record AnnotatorResult(Annotator annotator, ArbitrarinessEstimate arbitrariness, SupremacyMatrix supremacy,
                              PriorityFit fit, double[] ranks, PrincipleBootstrap bootstrap) {

    public AnnotatorResult {
        ranks = ranks.clone();
    }

    @Override
    public double[] ranks() {
        return ranks.clone();
    }

    public String name() {
        return annotator.name();
    }
}
