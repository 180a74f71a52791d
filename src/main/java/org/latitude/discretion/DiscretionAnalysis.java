package org.latitude.discretion;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of the alignment-discretion engine (Buyl et al. 2025, "AI Alignment at Your Discretion", arXiv
 * 2502.10441; definitions in docs/methods.md): case classification, discretion arbitrariness DA, principle
 * supremacy PS, principle priorities w* and ranks, and discretion discrepancy DD between every pair of annotators,
 * with seeded bootstraps. Pure and stateless: the same input and options give the same result.
 */
public final class DiscretionAnalysis {

    private DiscretionAnalysis() {
    }

    public static DiscretionResult run(DiscretionInput input, DiscretionOptions options) {
        CaseClassification cases = CaseClassification.of(input.judgments());
        List<Annotator> annotators = withPool(input.annotators(), options.pooledHumans());
        String reference = options.reference() == null ? annotators.getFirst().name() : options.reference();
        int referenceIndex = indexOf(annotators, reference);
        List<ArbitrarinessEstimate> da = DiscretionArbitrariness.estimate(cases, annotators, options.daReplicates(),
                options.seed());
        PairedBootstrap.Replicate[] replicates = PairedBootstrap.run(cases, annotators, options.ddReplicates(),
                options.seed());
        int k = cases.principleCount();
        List<AnnotatorResult> results = new ArrayList<>();
        for (int a = 0; a < annotators.size(); a++) {
            Annotator annotator = annotators.get(a);
            SupremacyMatrix s = SupremacyMatrix.of(cases, annotator);
            PriorityFit fit = BradleyTerryFit.fit(s);
            double[] ranks = fit.defined() ? PriorityRanks.of(fit.weights(), options.rankTies()) : undefined(k);
            results.add(new AnnotatorResult(annotator, da.get(a), s, fit, ranks,
                    PrincipleBootstrap.of(replicates, a, k)));
        }
        List<DiscrepancyEstimate> discrepancies = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            for (int j = i + 1; j < results.size(); j++) {
                boolean flip = j == referenceIndex;
                discrepancies.add(discrepancy(results, replicates, flip ? i : j, flip ? j : i));
            }
        }
        discrepancies.sort((x, y) -> Boolean.compare(!x.reference().equals(reference),
                !y.reference().equals(reference)));
        return new DiscretionResult(input.principles(), input.judgments().itemIds(), cases, results, discrepancies,
                reference, options);
    }

    private static double[] undefined(int k) {
        double[] out = new double[k];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }

    private static List<Annotator> withPool(List<Annotator> annotators, String pooledName) {
        List<Annotator> humans = annotators.stream().filter(a -> a.kind() == Annotator.Kind.HUMAN).toList();
        if (pooledName == null || humans.size() < 2) {
            return annotators;
        }
        if (annotators.stream().anyMatch(a -> a.name().equals(pooledName))) {
            throw new IllegalArgumentException("the pooled annotator's name is already taken: " + pooledName);
        }
        List<Annotator> out = new ArrayList<>(annotators);
        out.add(Annotator.majority(pooledName, humans));
        return List.copyOf(out);
    }

    private static int indexOf(List<Annotator> annotators, String name) {
        for (int i = 0; i < annotators.size(); i++) {
            if (annotators.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("reference annotator not found: " + name);
    }

    private static DiscrepancyEstimate discrepancy(List<AnnotatorResult> results, PairedBootstrap.Replicate[] reps,
                                                   int a, int b) {
        AnnotatorResult x = results.get(a);
        AnnotatorResult y = results.get(b);
        double value = KendallTau.discrepancy(x.ranks(), y.ranks());
        String reason = "";
        if (!x.fit().defined() || !y.fit().defined()) {
            reason = "a ranking is undefined: " + (x.fit().defined() ? y : x).fit().reason();
        } else if (Double.isNaN(value)) {
            reason = "Kendall tau-b undefined: a ranking is all ties";
        }
        BootstrapSummary summary = reps.length == 0 ? BootstrapSummary.NONE
                : BootstrapSummary.of(PairedBootstrap.discrepancy(reps, a, b));
        return new DiscrepancyEstimate(x.name(), y.name(), value, reason, summary);
    }
}
