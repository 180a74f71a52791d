package org.latitude.export.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.latitude.annotation.AnnotationKey;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.annotation.PairwiseAnnotation;
import org.latitude.annotation.SafetyAnnotation;
import org.latitude.dataset.Item;
import org.latitude.dataset.ItemCatalog;
import org.latitude.judge.ModelJudgment;
import org.latitude.judge.ModelJudgments;
import org.latitude.judge.ModelRater;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.springframework.stereotype.Component;

/** The reads of an export, each a call of another module's admin API (so each is checked for the admin role). */
@Component
public class CampaignSource {

    /** Annotations per page: a few MB of rows and their items' text at most. */
    public static final int PAGE = 2000;

    private final CampaignAnnotations annotations;
    private final ItemCatalog items;
    private final ModelJudgments judgments;

    CampaignSource(CampaignAnnotations annotations, ItemCatalog items, ModelJudgments judgments) {
        this.annotations = annotations;
        this.items = items;
        this.judgments = judgments;
    }

    public ItemGroups.Pages<SafetyAnnotation> safety(CampaignId campaign) {
        return (last, limit) -> annotations.safetyLabels(campaign, last == null ? null : AnnotationKey.of(last), limit);
    }

    public ItemGroups.Pages<PairwiseAnnotation> pairwise(CampaignId campaign) {
        return (last, limit) -> annotations.preferences(campaign, last == null ? null : AnnotationKey.of(last), limit);
    }

    public Map<ItemId, Item> items(Collection<ItemId> ids) {
        return items.items(ids);
    }

    public Map<ItemId, String> externalIds(Collection<ItemId> ids) {
        return items.externalIds(ids);
    }

    public void judgments(CampaignId campaign, ModelRater rater, Consumer<? super ModelJudgment> each) {
        judgments.forEach(campaign, rater.id(), each);
    }

    public static <A> List<ItemId> itemIds(List<List<A>> groups, java.util.function.Function<A, ItemId> item) {
        return groups.stream().map(g -> item.apply(g.getFirst())).toList();
    }
}
