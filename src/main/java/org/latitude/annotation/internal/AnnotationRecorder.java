package org.latitude.annotation.internal;

import java.time.Instant;
import org.latitude.annotation.Answer;
import org.latitude.assignment.AssignmentService;
import org.latitude.assignment.Lease;
import org.latitude.assignment.ShownOrder;
import org.latitude.assignment.SubmitOutcome;
import org.latitude.campaign.CampaignTask;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.shared.AnnotationId;
import org.latitude.shared.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writing half of the annotation service, each method one transaction: an answer is stored together with the
 * assignment's completion (both or neither), and an edit keeps the replaced version. The caller has validated.
 */
@Component
public class AnnotationRecorder {

    private final AnnotationStore store;
    private final AssignmentService assignments;

    AnnotationRecorder(AnnotationStore store, AssignmentService assignments) {
        this.store = store;
        this.assignments = assignments;
    }

    /**
     * Counts the work on the lease and stores the answer; a repeated submit of the same assignment stores nothing new.
     * A refusal of the assignment module (late submit on a full item, skipped item) propagates and nothing is stored.
     */
    @Transactional
    public AnnotationId record(Lease lease, UserId annotatorId, CampaignTask task, Answer answer, long timeSpentMs,
                               Instant now) {
        SubmitOutcome outcome = assignments.complete(lease.assignmentId());
        if (outcome == SubmitOutcome.ALREADY_COMPLETED) {
            var existing = store.findByAssignment(lease.assignmentId());
            if (existing.isPresent()) {
                return existing.get().id();
            }
        }
        ShownOrder shownOrder = switch (task) {
            case PairwisePreferenceTask t -> lease.shownOrder();
            case SafetyLabelTask t -> null;
        };
        return store.insert(new AnnotationRow(null, lease.campaignId(), lease.itemId(), annotatorId,
                lease.assignmentId(), task.type(), answer, shownOrder, timeSpentMs, 1, now, now));
    }

    /** Replaces the answer of an annotation that still has {@code expectedVersion}, keeping the old one. */
    @Transactional
    public AnnotationRow revise(AnnotationId annotationId, int expectedVersion, Answer answer, long timeSpentMs,
                                Instant now) {
        AnnotationRow current = store.findForUpdate(annotationId).orElseThrow();
        if (current.version() != expectedVersion) {
            throw new org.latitude.shared.ValidationException("This annotation was changed meanwhile (in another "
                    + "tab?). Open it again from your history to edit the latest version.");
        }
        store.revise(current, answer, timeSpentMs, now);
        return store.find(annotationId).orElseThrow();
    }
}
