package org.latitude.annotation;

import org.latitude.assignment.MyProgress;
import org.latitude.assignment.NextItem;

/** What the workspace shows next, with the annotator's progress: an item, or why there is none. */
public sealed interface WorkStep permits WorkStep.Assigned, WorkStep.NothingLeft {

    MyProgress progress();

    /** An item leased to the annotator, ready to render. */
    record Assigned(WorkItem item, MyProgress progress) implements WorkStep {
    }

    /** No item now: all done, today's cap reached, or the campaign is not active. */
    record NothingLeft(NextItem.Reason reason, MyProgress progress) implements WorkStep {
    }
}
