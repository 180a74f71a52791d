package org.latitude.judge;

import org.latitude.shared.ItemId;
/**
 * One stored judgment of a model rater on an item of a campaign, as a typed record: what the model said, in item
 * terms, with the order it was shown the item in.
 */
public sealed interface ModelJudgment permits SafetyJudgment, PairwiseJudgment, PrincipleJudgment {

    ModelRaterId raterId();

    ItemId itemId();

    PresentedOrder order();
}
