package org.latitude.annotation;

import java.util.Optional;
import org.latitude.assignment.MyProgress;
import org.latitude.assignment.NextItem;

/** What the workspace shows next: an item, or why there is none (all done, today's cap, campaign not active). */
public record WorkStep(WorkItem item, NextItem.Reason reason, MyProgress progress) {

    public Optional<WorkItem> work() {
        return Optional.ofNullable(item);
    }
}
