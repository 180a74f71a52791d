package org.latitude.dataset;

import java.util.List;

/** An item as the admin's browser shows it: the item and the reference labels that came with its source row. */
public record ItemDetails(Item item, List<ReferenceLabel> referenceLabels) {

    public ItemDetails {
        referenceLabels = List.copyOf(referenceLabels);
    }
}
