package org.latitude.discretion;

import java.util.List;
import java.util.Optional;

/**
 * The result of a {@link DiscretionAnalysis}: case shares and per-principle counts, one {@link AnnotatorResult} per
 * annotator (including a pooled one), and DD for every pair of annotators.
 *
 * @param itemIds   the items, in the order of every per-item vector
 * @param reference the name DD is reported against
 */
public record DiscretionResult(List<Principle> principles, List<String> itemIds, CaseClassification cases,
                               List<AnnotatorResult> annotators,
                               List<DiscrepancyEstimate> discrepancies, String reference, DiscretionOptions options) {

    public DiscretionResult {
        principles = List.copyOf(principles);
        itemIds = List.copyOf(itemIds);
        annotators = List.copyOf(annotators);
        discrepancies = List.copyOf(discrepancies);
    }

    public List<CaseShare> caseShares() {
        return cases.shares();
    }

    public Optional<AnnotatorResult> annotator(String name) {
        return annotators.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** DD between the two named annotators, in either order. */
    public Optional<DiscrepancyEstimate> discrepancy(String a, String b) {
        return discrepancies.stream().filter(d -> d.annotator().equals(a) && d.reference().equals(b)
                || d.annotator().equals(b) && d.reference().equals(a)).findFirst();
    }
}
