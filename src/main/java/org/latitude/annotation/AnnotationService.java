package org.latitude.annotation;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.latitude.annotation.internal.AnnotationRecorder;
import org.latitude.annotation.internal.AnnotationRow;
import org.latitude.annotation.internal.AnnotationStore;
import org.latitude.annotation.internal.ContentNotice;
import org.latitude.assignment.AssignmentService;
import org.latitude.assignment.Lease;
import org.latitude.assignment.MyExposure;
import org.latitude.assignment.MyProgress;
import org.latitude.assignment.NextItem;
import org.latitude.assignment.ShownOrder;
import org.latitude.campaign.AnnotatorCampaign;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignTask;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.dataset.Item;
import org.latitude.dataset.ItemCatalog;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.security.CurrentUser;
import org.latitude.shared.AnnotationId;
import org.latitude.shared.AssignmentId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.Principle;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annotator's side of a campaign: the next item to label, submitting an answer (validated by {@link AnswerRules},
 * stored with the assignment's completion in one transaction), skipping, and the annotator's own history with edits
 * that keep previous versions. Members only, and only their own work: nobody else's labels, no model judgments, no
 * gold answers, no agreement figures. Submitting and fetching the next item are separate transactions, so no
 * transaction holds more than one pool-row lock (see {@link AssignmentService}).
 */
@Service
public class AnnotationService {

    private static final long MAX_TIME_SPENT_MS = Duration.ofHours(24).toMillis();

    private final AssignmentService assignments;
    private final CampaignService campaigns;
    private final ItemCatalog items;
    private final TaxonomyService taxonomies;
    private final PrincipleSetService principleSets;
    private final AnnotationStore store;
    private final AnnotationRecorder recorder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AnnotationService(AssignmentService assignments, CampaignService campaigns, ItemCatalog items,
                      TaxonomyService taxonomies, PrincipleSetService principleSets, AnnotationStore store,
                      AnnotationRecorder recorder, CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.campaigns = campaigns;
        this.items = items;
        this.taxonomies = taxonomies;
        this.principleSets = principleSets;
        this.store = store;
        this.recorder = recorder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Opens a campaign's workspace for a member: the campaign, its categories or principles and the first step. */
    @PermitAll
    public Workspace open(CampaignId campaignId) {
        AnnotatorCampaign campaign = campaigns.forMember(campaignId);
        TaxonomyDetails taxonomy = taxonomy(campaign.task());
        List<HazardCategory> categories = taxonomy == null ? List.of() : taxonomy.categories();
        List<Principle> principles = campaign.task() instanceof PairwisePreferenceTask p && p.principleSetId() != null
                ? principleSets.details(p.principleSetId()).principles() : List.of();
        return new Workspace(campaign, categories, principles, step(campaign, taxonomy));
    }

    /** The current lease or a new one, with progress; or why there is none. */
    @PermitAll
    public WorkStep next(CampaignId campaignId) {
        AnnotatorCampaign campaign = campaigns.forMember(campaignId);
        return step(campaign, taxonomy(campaign.task()));
    }

    /**
     * Stores the answer for a leased item and returns the next step. Refused, with nothing stored, when the answer
     * breaks a rule, does not fit the campaign's task, or the assignment module refuses the completion.
     *
     * @param timeSpentMs from when the item was shown until the answer was sent (clamped to 0 … 24 h)
     */
    @PermitAll
    public WorkStep submit(AssignmentId assignmentId, Answer answer, long timeSpentMs) {
        Lease lease = assignments.lease(assignmentId);
        AnnotatorCampaign campaign = campaigns.forMember(lease.campaignId());
        TaxonomyDetails taxonomy = taxonomy(campaign.task());
        Item item = items.item(lease.itemId());
        requireValid(campaign.task(), taxonomy, item, answer);
        recorder.record(lease, me(), campaign.task(), answer, clamp(timeSpentMs), now());
        return step(campaign, taxonomy);
    }

    /** Skips a leased item with a reason (it never comes back to this annotator) and returns the next step. */
    @PermitAll
    public WorkStep skip(AssignmentId assignmentId, String reason) {
        Lease lease = assignments.lease(assignmentId);
        AnnotatorCampaign campaign = campaigns.forMember(lease.campaignId());
        assignments.skip(assignmentId, reason);
        return step(campaign, taxonomy(campaign.task()));
    }

    /**
     * Returns a leased item without penalty (not a skip: no reason, not in quality figures; it never comes back to
     * this annotator) and returns the next step.
     */
    @PermitAll
    public WorkStep returnItem(AssignmentId assignmentId) {
        Lease lease = assignments.lease(assignmentId);
        AnnotatorCampaign campaign = campaigns.forMember(lease.campaignId());
        assignments.returnItem(assignmentId);
        return step(campaign, taxonomy(campaign.task()));
    }

    /** The signed-in annotator's own exposure log in the campaign (nobody else's). */
    @PermitAll
    public MyExposure myExposure(CampaignId campaignId) {
        return assignments.myExposure(campaignId);
    }

    /** The signed-in annotator's most recently changed annotations in a campaign, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<MyAnnotation> myRecent(CampaignId campaignId, int limit) {
        campaigns.forMember(campaignId);
        return store.recent(campaignId, me(), Math.clamp(limit, 1, 200)).stream()
                .map(row -> mine(row, items.item(row.itemId()))).toList();
    }

    /** One of the annotator's own annotations with its item, to edit; refused for anybody else's. */
    @PermitAll
    public EditItem editable(AnnotationId annotationId) {
        AnnotationRow row = own(annotationId);
        AnnotatorCampaign campaign = campaigns.forMember(row.campaignId());
        Item item = items.item(row.itemId());
        List<String> notice = notice(campaign, taxonomy(campaign.task()), row.assignmentId(), item);
        ShownOrder shown = row.shownOrder() == null ? ShownOrder.A_LEFT : row.shownOrder();
        return new EditItem(mine(row, item), new WorkItem(row.assignmentId(), item, shown, notice));
    }

    /**
     * Replaces the answer of one's own annotation (the previous version is kept). Refused when the campaign is closed,
     * when the answer breaks a rule, or when the annotation changed since {@code expectedVersion} was read.
     */
    @PermitAll
    public MyAnnotation edit(AnnotationId annotationId, int expectedVersion, Answer answer, long timeSpentMs) {
        AnnotationRow row = own(annotationId);
        AnnotatorCampaign campaign = campaigns.forMember(row.campaignId());
        if (campaign.status() == CampaignStatus.CLOSED) {
            throw new ValidationException("This campaign is closed; its annotations can no longer be changed.");
        }
        Item item = items.item(row.itemId());
        requireValid(campaign.task(), taxonomy(campaign.task()), item, answer);
        return mine(recorder.revise(annotationId, expectedVersion, answer, clamp(timeSpentMs), now()), item);
    }

    /** The previous versions of one's own annotation, oldest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<AnnotationVersion> myVersions(AnnotationId annotationId) {
        own(annotationId);
        return store.versions(annotationId);
    }

    private WorkStep step(AnnotatorCampaign campaign, TaxonomyDetails taxonomy) {
        NextItem next = assignments.next(campaign.id());
        MyProgress progress = assignments.myProgress(campaign.id());
        return switch (next) {
            case NextItem.Assigned(Lease lease) -> {
                Item item = items.item(lease.itemId());
                yield new WorkStep.Assigned(new WorkItem(lease.assignmentId(), item, lease.shownOrder(),
                        notice(campaign, taxonomy, lease.assignmentId(), item)), progress);
            }
            case NextItem.NothingLeft(NextItem.Reason reason, Instant resumeAt) ->
                    new WorkStep.NothingLeft(reason, progress, resumeAt);
        };
    }

    /**
     * The content notice from the source the campaign chose: the item's reference labels, the categories model
     * judgments named, or only the dataset's declared warnings; in each case only what falls in a sensitive category.
     */
    private List<String> notice(AnnotatorCampaign campaign, TaxonomyDetails taxonomy, AssignmentId assignmentId,
                                Item item) {
        if (campaign.sensitiveCategories().isEmpty()) {
            return List.of();
        }
        List<String> values = switch (campaign.wellbeing().noticeSource()) {
            case REFERENCE_LABELS -> items.referenceLabels(item.id()).stream().map(ReferenceLabel::value).toList();
            case MODEL_JUDGMENTS -> List.copyOf(assignments.modelNoticeCategories(assignmentId));
            case DECLARED -> items.contentWarnings(item.datasetId());
        };
        return ContentNotice.hits(campaign.sensitiveCategories(), taxonomy, values);
    }

    private void requireValid(CampaignTask task, TaxonomyDetails taxonomy, Item item, Answer answer) {
        List<String> problems = switch (task) {
            case SafetyLabelTask t when answer instanceof SafetyAnswer s -> AnswerRules.problems(s,
                    item.response().isPresent(), keys(taxonomy));
            case PairwisePreferenceTask t when answer instanceof PairwiseAnswer p -> AnswerRules.problems(p);
            case SafetyLabelTask t -> List.of("This campaign asks for safety labels, not this kind of answer.");
            case PairwisePreferenceTask t -> List.of("This campaign asks for pairwise preferences, not this kind of "
                    + "answer.");
        };
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static Set<String> keys(TaxonomyDetails taxonomy) {
        return taxonomy == null ? Set.of() : taxonomy.categories().stream().map(HazardCategory::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The categories a safety-label task uses; null for a pairwise task (its items carry no categories). */
    private TaxonomyDetails taxonomy(CampaignTask task) {
        return task instanceof SafetyLabelTask t && t.taxonomyVersionId() != null
                ? taxonomies.details(t.taxonomyVersionId()) : null;
    }

    private AnnotationRow own(AnnotationId annotationId) {
        AnnotationRow row = store.find(annotationId)
                .orElseThrow(() -> new ValidationException("No such annotation."));
        if (!row.annotatorId().equals(me())) {
            throw new AccessDeniedException("annotation " + annotationId + " belongs to someone else");
        }
        return row;
    }

    private static MyAnnotation mine(AnnotationRow row, Item item) {
        return new MyAnnotation(row.id(), row.itemId(), item.externalId(), MyAnnotation.snippet(item.prompt().orElse("")),
                row.shownOrder(), row.answer(), row.version(), row.updatedAt());
    }

    private UserId me() {
        return new UserId(currentUser.require().userId());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static long clamp(long ms) {
        return Math.clamp(ms, 0, MAX_TIME_SPENT_MS);
    }
}
