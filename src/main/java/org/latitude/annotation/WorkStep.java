package org.latitude.annotation;

import org.latitude.assignment.MyProgress;
import org.latitude.assignment.NextItem;

/** What the workspace shows next, with the annotator's progress: an item, or why there is none. */
public sealed interface WorkStep permits WorkStep.Assigned, WorkStep.NothingLeft {

    MyProgress progress();

    /** An item leased to the annotator, ready to render. */
    record Assigned(WorkItem item, MyProgress progress) implements WorkStep {
    }

    /**
     * No item now: all done, a daily limit reached, all taken for now, an enforced break (until {@code resumeAt},
     * else null), or the campaign is not active.
     */
    record NothingLeft(NextItem.Reason reason, MyProgress progress, java.time.Instant resumeAt) implements WorkStep {

        public NothingLeft(NextItem.Reason reason, MyProgress progress) {
            this(reason, progress, null);
        }
    }
}
