package org.latitude.discretion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a {@link DiscretionAnalysis} needs: the principle set, the principle-specific preferences of every item
 * and the annotators' preferences over the same items (in the same order). Immutable.
 */
public record DiscretionInput(List<Principle> principles, PrincipleJudgments judgments, List<Annotator> annotators) {

    public DiscretionInput {
        principles = List.copyOf(principles);
        annotators = List.copyOf(annotators);
        if (principles.size() != judgments.principleCount()) {
            throw new IllegalArgumentException(principles.size() + " principles but judgments for "
                    + judgments.principleCount());
        }
        for (int c = 0; c < principles.size(); c++) {
            if (principles.get(c).id() != c) {
                throw new IllegalArgumentException("principle ids must be 0.." + (principles.size() - 1) + " in order");
            }
        }
        if (annotators.isEmpty()) {
            throw new IllegalArgumentException("at least one annotator is needed");
        }
        Set<String> names = new HashSet<>();
        for (Annotator a : annotators) {
            if (!names.add(a.name())) {
                throw new IllegalArgumentException("annotator names must be distinct: " + a.name());
            }
            if (a.itemCount() != judgments.itemCount()) {
                throw new IllegalArgumentException("annotator " + a.name() + " has " + a.itemCount()
                        + " items, the judgments " + judgments.itemCount());
            }
        }
    }
}
