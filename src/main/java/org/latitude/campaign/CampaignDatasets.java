package org.latitude.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.dataset.ItemCatalog;
import org.latitude.shared.ItemId;
import org.latitude.shared.ValidationException;
import org.springframework.stereotype.Component;

/** What a campaign needs to know of its datasets: that they exist, fit the task, and which items they hold. */
@Component
class CampaignDatasets {

    private final DatasetService datasets;
    private final ItemCatalog items;

    CampaignDatasets(DatasetService datasets, ItemCatalog items) {
        this.datasets = datasets;
        this.items = items;
    }

    /** A dataset's name for the audit log ("#7" when it no longer exists). */
    String name(long datasetId) {
        try {
            return datasets.dataset(datasetId).name();
        } catch (ValidationException e) {
            return "#" + datasetId;
        }
    }

    List<String> existenceProblems(Collection<Long> datasetIds) {
        List<String> problems = new ArrayList<>();
        for (long id : datasetIds) {
            try {
                datasets.dataset(id);
            } catch (ValidationException e) {
                problems.add("The dataset " + id + " does not exist.");
            }
        }
        return problems;
    }

    /** Each dataset must hold items of the kind the task annotates (exchanges for safety labels, pairs otherwise). */
    List<String> activationProblems(CampaignTask task, Collection<Long> datasetIds) {
        List<String> problems = new ArrayList<>(existenceProblems(datasetIds));
        if (!problems.isEmpty()) {
            return problems;
        }
        for (long id : datasetIds) {
            DatasetSummary d = datasets.dataset(id);
            long wrongKind = switch (task) {
                case SafetyLabelTask t -> d.pairCount();
                case PairwisePreferenceTask t -> d.exchangeCount();
            };
            if (d.itemCount() == 0) {
                problems.add("The dataset '" + d.name() + "' is empty.");
            } else if (wrongKind > 0) {
                problems.add("The dataset '" + d.name() + "' holds " + wrongKind + switch (task) {
                    case SafetyLabelTask t -> " pairs; a safety-label campaign annotates exchanges.";
                    case PairwisePreferenceTask t -> " exchanges; a pairwise campaign annotates pairs.";
                });
            }
        }
        return problems;
    }

    void markInUse(Collection<Long> datasetIds) {
        datasetIds.forEach(datasets::markInUse);
    }

    /** Gold items must be items of the campaign's datasets. */
    List<String> goldProblems(Collection<Long> datasetIds, Collection<ItemId> itemIds) {
        Set<ItemId> allowed = new HashSet<>();
        datasetIds.forEach(d -> allowed.addAll(items.itemIds(d)));
        return itemIds.stream().filter(id -> !allowed.contains(id))
                .map(id -> "Item " + id + " is not in the campaign's datasets.").toList();
    }
}
