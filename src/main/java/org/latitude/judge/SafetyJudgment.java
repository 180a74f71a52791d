package org.latitude.judge;

import org.latitude.shared.ItemId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A safety judgment of an exchange: the prompt verdict and the response verdict (either may be absent when the guard
 * judged one turn only, never both), the hazard categories the model named (keys of the campaign's taxonomy
 * version), verdict labels it named (e.g. {@code needs_caution}), P(unsafe) per verdict when the model gave it (from
 * the first token's probability), and per-category scores.
 */
public record SafetyJudgment(ModelRaterId raterId, ItemId itemId, Optional<SafetyVerdict> promptVerdict,
                             Optional<SafetyVerdict> responseVerdict, Set<String> categories, Set<String> labels,
                             OptionalDouble promptUnsafeProbability, OptionalDouble responseUnsafeProbability,
                             Map<String, Double> categoryScores) implements ModelJudgment {

    public SafetyJudgment {
        categories = Set.copyOf(categories);
        labels = Set.copyOf(labels);
        categoryScores = Map.copyOf(categoryScores);
        if (promptVerdict.isEmpty() && responseVerdict.isEmpty()) {
            throw new IllegalArgumentException("a safety judgment has a prompt or a response verdict");
        }
    }

    @Override
    public PresentedOrder order() {
        return PresentedOrder.SINGLE;
    }
}
