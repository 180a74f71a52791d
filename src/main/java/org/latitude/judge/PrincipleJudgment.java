package org.latitude.judge;

import org.latitude.shared.ItemId;
/** A principle-specific judgment of an item × principle (the principle's 0-based index in the campaign's set). */
public sealed interface PrincipleJudgment extends ModelJudgment {

    int principle();

    /** P(A), P(B), P(NA) as the judge gave them (not renormalised; all three may be 0). */
    record Probabilities(ModelRaterId raterId, ItemId itemId, int principle, PresentedOrder order, double a, double b,
                         double na) implements PrincipleJudgment {
    }

    /** A discrete A / B / NA answer. */
    record Choice(ModelRaterId raterId, ItemId itemId, int principle, PresentedOrder order, PrincipleAnswer answer)
            implements PrincipleJudgment {
    }
}
