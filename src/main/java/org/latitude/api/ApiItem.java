package org.latitude.api;

import java.util.List;
import org.latitude.dataset.ItemDetails;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;

/** An item as the API shows it: the exchange's turns or the pair's context and responses, and reference labels. */
record ApiItem(long id, long datasetId, String externalId, ItemKind kind, List<Turn> turns, String responseA,
               String responseB, List<ReferenceLabel> referenceLabels) {

    static ApiItem of(ItemDetails details) {
        var item = details.item();
        return new ApiItem(item.id().value(), item.datasetId(), item.externalId(), item.kind(), item.turns(),
                item.responseA(), item.responseB(), details.referenceLabels());
    }
}
