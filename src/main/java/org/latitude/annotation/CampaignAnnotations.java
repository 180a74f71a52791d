package org.latitude.annotation;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.latitude.annotation.internal.AnnotationRow;
import org.latitude.annotation.internal.AnnotationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access for analysis and exports (admin only): every current annotation of a campaign as plain records, one per
 * item × annotator, ordered by item then annotator, and the previous versions of an annotation.
 */
@Service
public class CampaignAnnotations {

    private final AnnotationStore store;

    CampaignAnnotations(AnnotationStore store) {
        this.store = store;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AnnotationRecord> records(long campaignId) {
        return store.ofCampaign(campaignId).stream().map(CampaignAnnotations::record).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AnnotationVersion> versions(long annotationId) {
        return store.versions(annotationId);
    }

    static AnnotationRecord record(AnnotationRow row) {
        return switch (row.answer()) {
            case SafetyAnswer s -> new AnnotationRecord(row.id(), row.campaignId(), row.itemId(), row.annotatorId(),
                    s.promptVerdict(), s.responseVerdict(), s.categories(), null, null, s.rationale(), s.confidence(),
                    row.timeSpentMs(), row.version(), row.createdAt(), row.updatedAt());
            case PairwiseAnswer p -> new AnnotationRecord(row.id(), row.campaignId(), row.itemId(), row.annotatorId(),
                    null, null, List.of(), p.preference(), row.shownOrder(), p.rationale(), null, row.timeSpentMs(),
                    row.version(), row.createdAt(), row.updatedAt());
        };
    }
}
