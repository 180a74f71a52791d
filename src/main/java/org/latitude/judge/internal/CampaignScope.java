package org.latitude.judge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ItemCatalog;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.internal.imports.ImportContext;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.PrincipleSetDetails;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.TaxonomyService;
import org.springframework.stereotype.Component;

/**
 * What judgments of a campaign refer to: its items (by external id, over all its datasets), and its taxonomy
 * version (safety labels) or principle set (pairwise). The one place the judge module reads campaign settings.
 */
@Component
public class CampaignScope {

    /** A started campaign's frame of reference for judgments. */
    public record Scope(long campaignId, String name, TaskType task, TaxonomyDetails taxonomy,
                        PrincipleSetDetails principles, List<Long> datasetIds) {

        public boolean accepts(JudgmentKind kind) {
            return task == TaskType.SAFETY_LABEL ? kind == JudgmentKind.SAFETY : kind != JudgmentKind.SAFETY;
        }

        public int principleCount() {
            return principles == null ? 0 : principles.principles().size();
        }
    }

    private final CampaignService campaigns;
    private final TaxonomyService taxonomies;
    private final PrincipleSetService principleSets;
    private final ItemCatalog items;

    CampaignScope(CampaignService campaigns, TaxonomyService taxonomies, PrincipleSetService principleSets,
                  ItemCatalog items) {
        this.campaigns = campaigns;
        this.taxonomies = taxonomies;
        this.principleSets = principleSets;
        this.items = items;
    }

    /** The campaign's scope for judgments of {@code kind}; refused unless it has started and its task fits. */
    public Scope of(long campaignId, JudgmentKind kind) {
        CampaignDetails details = campaigns.details(new CampaignId(campaignId));
        CampaignSettings s = details.settings();
        if (details.summary().activatedAt() == null) {
            throw new ValidationException("The campaign '" + s.name() + "' has not started: judgments refer to the "
                    + "items of a started campaign.");
        }
        Scope scope = switch (s.task()) {
            case SafetyLabelTask t -> new Scope(campaignId, s.name(), TaskType.SAFETY_LABEL,
                    taxonomies.details(t.taxonomyVersionId()), null, s.datasetIds());
            case PairwisePreferenceTask p -> new Scope(campaignId, s.name(), TaskType.PAIRWISE_PREFERENCE, null,
                    principleSets.details(p.principleSetId()), s.datasetIds());
        };
        if (kind != null && !scope.accepts(kind)) {
            throw new ValidationException("The campaign '" + s.name() + "' is a " + (scope.task()
                    == TaskType.SAFETY_LABEL ? "safety-label" : "pairwise") + " campaign; it takes no "
                    + kind.name().toLowerCase() + " judgments.");
        }
        return scope;
    }

    /** External id → item id over the campaign's datasets; an id found in two datasets maps to AMBIGUOUS. */
    public Map<String, Long> itemsByExternalId(Scope scope) {
        Map<String, Long> all = new HashMap<>();
        for (long dataset : scope.datasetIds()) {
            items.itemIdsByExternalId(dataset).forEach((external, id) ->
                    all.merge(external, id.value(), (a, b) -> ImportContext.AMBIGUOUS));
        }
        return all;
    }

    /** The campaign's item ids in dataset then import order. */
    public List<Long> itemIds(Scope scope) {
        List<Long> ids = new ArrayList<>();
        scope.datasetIds().forEach(d -> items.itemIds(d).forEach(i -> ids.add(i.value())));
        return ids;
    }

    /** "A" or "B": the response the item's source marked preferred (HH-RLHF's chosen, PKU-SafeRLHF's better). */
    public Optional<String> preferredResponse(long itemId) {
        return items.referenceLabels(new ItemId(itemId)).stream()
                .filter(l -> (l.judgment().equals("hh-rlhf") && l.field().equals("preferred"))
                        || (l.judgment().equals("pku-saferlhf") && l.field().equals("better_response")))
                .map(ReferenceLabel::value).findFirst();
    }

    /** The item, for rendering into a judge's prompt. */
    public org.latitude.dataset.Item item(long itemId) {
        return items.item(new ItemId(itemId));
    }
}
