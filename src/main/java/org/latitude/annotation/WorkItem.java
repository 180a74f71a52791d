package org.latitude.annotation;

import java.util.List;
import org.latitude.assignment.ShownOrder;
import org.latitude.dataset.Item;
import org.latitude.shared.AssignmentId;

/**
 * An item leased to the signed-in annotator, ready to render. {@code shownOrder}: for a pair, which response goes on
 * the left. {@code contentNotice}: names of the campaign's sensitive categories the item's reference labels fall in
 * (empty when none): show a notice before the content. Nothing else about labels is included.
 */
public record WorkItem(AssignmentId assignmentId, Item item, ShownOrder shownOrder, List<String> contentNotice) {

    public WorkItem {
        contentNotice = List.copyOf(contentNotice);
    }

    /** Whether response B of a pair is shown on the left. */
    public boolean swapSides() {
        return shownOrder.swapsSides();
    }

    /** Whether the safety form asks for a response verdict. */
    public boolean hasResponse() {
        return item.response().isPresent();
    }
}
