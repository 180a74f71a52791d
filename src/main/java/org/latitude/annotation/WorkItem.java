package org.latitude.annotation;

import java.util.List;
import org.latitude.dataset.Item;

/**
 * An item leased to the signed-in annotator, ready to render. {@code swapSides}: for a pair, response B goes on the
 * left. {@code contentNotice}: names of the campaign's sensitive categories the item's reference labels fall in (empty
 * when none): show a notice before the content. Nothing else about labels is included.
 */
public record WorkItem(long assignmentId, Item item, boolean swapSides, List<String> contentNotice) {

    public WorkItem {
        contentNotice = List.copyOf(contentNotice);
    }

    /** Whether the safety form asks for a response verdict. */
    public boolean hasResponse() {
        return item.response().isPresent();
    }
}
