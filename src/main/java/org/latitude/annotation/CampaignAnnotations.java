package org.latitude.annotation;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.latitude.annotation.internal.AnnotationRow;
import org.latitude.annotation.internal.AnnotationStore;
import org.latitude.campaign.TaskType;
import org.latitude.shared.AnnotationId;
import org.latitude.shared.CampaignId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access for analysis and exports (admin only): every current annotation of a campaign as a record of its task,
 * one per item × annotator, ordered by item then annotator, and the previous versions of an annotation.
 */
@Service
public class CampaignAnnotations {

    private final AnnotationStore store;

    CampaignAnnotations(AnnotationStore store) {
        this.store = store;
    }

    /** The safety labels of a campaign (empty for a pairwise campaign). */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<SafetyAnnotation> safetyLabels(CampaignId campaignId) {
        return store.ofCampaign(campaignId, TaskType.SAFETY_LABEL).stream().map(CampaignAnnotations::safety).toList();
    }

    /** The pairwise preferences of a campaign (empty for a safety-label campaign). */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<PairwiseAnnotation> preferences(CampaignId campaignId) {
        return store.ofCampaign(campaignId, TaskType.PAIRWISE_PREFERENCE).stream().map(CampaignAnnotations::pairwise)
                .toList();
    }

    /**
     * At most {@code limit} safety labels after {@code after} (null: from the start), by item then annotator; pass the
     * last one's {@link AnnotationKey} for the next page. How exports stream campaigns too large to hold.
     */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<SafetyAnnotation> safetyLabels(CampaignId campaignId, AnnotationKey after, int limit) {
        return page(campaignId, TaskType.SAFETY_LABEL, after, limit).stream().map(CampaignAnnotations::safety)
                .toList();
    }

    /** At most {@code limit} pairwise preferences after {@code after} (null: from the start), by item then annotator. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<PairwiseAnnotation> preferences(CampaignId campaignId, AnnotationKey after, int limit) {
        return page(campaignId, TaskType.PAIRWISE_PREFERENCE, after, limit).stream()
                .map(CampaignAnnotations::pairwise).toList();
    }

    private List<AnnotationRow> page(CampaignId campaignId, TaskType task, AnnotationKey after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one annotation");
        }
        return after == null ? store.pageOfCampaign(campaignId, task, Long.MIN_VALUE, Long.MIN_VALUE, limit)
                : store.pageOfCampaign(campaignId, task, after.itemId().value(), after.annotatorId().value(), limit);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AnnotationVersion> versions(AnnotationId annotationId) {
        return store.versions(annotationId);
    }

    private static SafetyAnnotation safety(AnnotationRow row) {
        if (!(row.answer() instanceof SafetyAnswer answer)) {
            throw new IllegalStateException("annotation " + row.id() + " of a safety-label task holds " + row.answer());
        }
        return new SafetyAnnotation(row.id(), row.campaignId(), row.itemId(), row.annotatorId(), answer,
                row.timeSpentMs(), row.version(), row.createdAt(), row.updatedAt());
    }

    private static PairwiseAnnotation pairwise(AnnotationRow row) {
        if (!(row.answer() instanceof PairwiseAnswer answer)) {
            throw new IllegalStateException("annotation " + row.id() + " of a pairwise task holds " + row.answer());
        }
        return new PairwiseAnnotation(row.id(), row.campaignId(), row.itemId(), row.annotatorId(), answer,
                row.shownOrder(), row.timeSpentMs(), row.version(), row.createdAt(), row.updatedAt());
    }
}
