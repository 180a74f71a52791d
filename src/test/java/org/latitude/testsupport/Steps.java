package org.latitude.testsupport;

import java.util.Optional;
import org.latitude.annotation.WorkItem;
import org.latitude.annotation.WorkStep;
import org.latitude.assignment.Lease;
import org.latitude.assignment.NextItem;

/** Reads the sealed outcomes of "what next?" in tests: the item when there is one, the reason when there is none. */
public final class Steps {

    private Steps() {
    }

    public static Optional<WorkItem> work(WorkStep step) {
        return step instanceof WorkStep.Assigned assigned ? Optional.of(assigned.item()) : Optional.empty();
    }

    /** The step's item; fails the test when there is none. */
    public static WorkItem item(WorkStep step) {
        return work(step).orElseThrow(() -> new AssertionError("expected an item, got " + step));
    }

    /** Why there is no item; fails the test when there is one. */
    public static NextItem.Reason reason(WorkStep step) {
        if (step instanceof WorkStep.NothingLeft none) {
            return none.reason();
        }
        throw new AssertionError("expected no item, got " + step);
    }

    public static Optional<Lease> lease(NextItem next) {
        return next instanceof NextItem.Assigned assigned ? Optional.of(assigned.lease()) : Optional.empty();
    }

    /** Why there is no lease; fails the test when there is one. */
    public static NextItem.Reason reason(NextItem next) {
        if (next instanceof NextItem.NothingLeft none) {
            return none.reason();
        }
        throw new AssertionError("expected no item, got " + next);
    }
}
