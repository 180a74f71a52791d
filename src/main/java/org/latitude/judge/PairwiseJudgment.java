package org.latitude.judge;

import org.latitude.shared.ItemId;
import java.util.OptionalDouble;

/** A pairwise judgment, in one of four forms; all in item terms (A is the item's response A). */
public sealed interface PairwiseJudgment extends ModelJudgment {

    /** A discrete A / B / tie answer in one presented order. */
    record Choice(ModelRaterId raterId, ItemId itemId, PresentedOrder order, PairPreference preference)
            implements PairwiseJudgment {
    }

    /**
     * P(A), P(B) and, when the judge was offered it, P(tie) (the paper's NA) in one presented order, as the judge gave
     * them: not renormalised.
     */
    record Probabilities(ModelRaterId raterId, ItemId itemId, PresentedOrder order, double a, double b, OptionalDouble tie)
            implements PairwiseJudgment {
    }

    /** Two reward-model scores, each response scored alone. */
    record Rewards(ModelRaterId raterId, ItemId itemId, double a, double b) implements PairwiseJudgment {
        @Override
        public PresentedOrder order() {
            return PresentedOrder.SINGLE;
        }
    }

    /** Two sequence log-likelihoods log p(response | context) of a policy model. */
    record LogLikelihoods(ModelRaterId raterId, ItemId itemId, double a, double b) implements PairwiseJudgment {
        @Override
        public PresentedOrder order() {
            return PresentedOrder.SINGLE;
        }
    }
}
