package org.latitude.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.assignment.NextItem;
import org.latitude.assignment.ShownOrder;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportFormat;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;
import org.latitude.shared.ValidationException;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.Steps;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The annotation service: what is stored, what is refused (nothing stored then), own-data rules and history. */
@LatitudeSpringTest
class AnnotationServiceTest {

    @Autowired
    AnnotationFixtures fixtures;
    @Autowired
    org.latitude.dataset.DatasetService datasets;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    AnnotationService annotations;
    @Autowired
    CampaignAnnotations records;
    @Autowired
    CampaignService campaigns;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary ann;
    UserSummary ben;

    @BeforeEach
    void setUp() {
        ann = TestUsers.create(accounts, "ann", Role.ANNOTATOR);
        ben = TestUsers.create(accounts, "ben", Role.ANNOTATOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private WorkItem first(UserSummary who, CampaignId campaign) {
        TestUsers.signIn(users, who.username());
        return Steps.item(annotations.open(campaign).step());
    }

    private List<SafetyAnnotation> stored(CampaignId campaign) {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        return records.safetyLabels(campaign);
    }

    private List<PairwiseAnnotation> storedPreferences(CampaignId campaign) {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        return records.preferences(campaign);
    }

    @Test
    void aSafetyLabelIsStoredWithSortedCategoriesRationaleConfidenceAndTimeAndTheNextItemFollows() {
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 3, List.of(ann.id()));
        WorkItem work = first(ann, campaign);
        SafetyAnswer answer = new SafetyAnswer(Verdict.UNSAFE, Verdict.NEEDS_CAUTION,
                List.of("violence", "threat", "violence"), "  threatens a neighbour  ", 4);

        WorkStep next = annotations.submit(work.assignmentId(), answer, 5_250);

        assertThat(Steps.work(next)).isPresent();
        assertThat(Steps.item(next).item().id()).isNotEqualTo(work.item().id());
        assertThat(next.progress().doneTotal()).isEqualTo(1);
        SafetyAnnotation r = stored(campaign).getFirst();
        assertThat(r.itemId()).isEqualTo(work.item().id());
        assertThat(r.annotatorId()).isEqualTo(new UserId(ann.id()));
        assertThat(r.answer().promptVerdict()).isEqualTo(Verdict.UNSAFE);
        assertThat(r.answer().responseVerdict()).isEqualTo(Verdict.NEEDS_CAUTION);
        assertThat(r.answer().categories()).containsExactly("threat", "violence");
        assertThat(r.answer().rationale()).isEqualTo("threatens a neighbour");
        assertThat(r.answer().confidence()).isEqualTo(4);
        assertThat(r.timeSpentMs()).isEqualTo(5_250);
        assertThat(r.version()).isEqualTo(1);
        // a safety label has neither a preference nor a shown order: it is not a pairwise annotation
        assertThat(storedPreferences(campaign)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsRefusedWithItsMessageAndNothingIsStoredAndTheLeaseStaysOpen() {
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 2, List.of(ann.id()));
        WorkItem work = first(ann, campaign);
        List<Answer> broken = List.of(
                SafetyAnswer.of(Verdict.UNSAFE, Verdict.SAFE, List.of()),
                SafetyAnswer.of(Verdict.SAFE, Verdict.UNSAFE, List.of()),
                SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of("violence")),
                SafetyAnswer.of(Verdict.SAFE, null, List.of()),
                SafetyAnswer.of(null, Verdict.SAFE, List.of()),
                SafetyAnswer.of(Verdict.NEEDS_CAUTION, Verdict.SAFE, List.of()),
                SafetyAnswer.of(Verdict.UNSAFE, Verdict.SAFE, List.of("not_a_category")),
                new SafetyAnswer(Verdict.SAFE, Verdict.SAFE, List.of(), null, 6),
                new SafetyAnswer(Verdict.SAFE, Verdict.SAFE, List.of(), "x".repeat(4001), null),
                new PairwiseAnswer(Preference.A, null));
        List<String> expected = List.of("at least one violated category", "at least one violated category",
                "both verdicts are safe", "verdict for the response", "verdict for the prompt",
                "for the response only", "Not a category", "Confidence is 1", "at most 4000",
                "asks for safety labels");
        for (int i = 0; i < broken.size(); i++) {
            Answer answer = broken.get(i);
            assertThatThrownBy(() -> annotations.submit(work.assignmentId(), answer, 100)).as("answer %s", answer)
                    .isInstanceOf(ValidationException.class).hasMessageContaining(expected.get(i));
        }
        assertThat(stored(campaign)).isEmpty();
        TestUsers.signIn(users, ann.username());
        WorkStep again = annotations.next(campaign);
        assertThat(Steps.item(again).assignmentId()).isEqualTo(work.assignmentId());
        assertThat(again.progress().doneTotal()).isZero();
    }

    @Test
    void aPromptOnlyItemTakesNoResponseVerdictAndNeedsCautionAloneLeavesCategoriesOptional() {
        String rows = """
                {"id":"p-1","prompt":"Only a prompt here."}
                {"id":"p-2","prompt":"Question?","response":"Answer."}
                {"id":"p-3","prompt":"Another?","response":"Another answer."}
                """;
        long dataset = fixtures.dataset(rows, ImportFormat.GENERIC_JSONL);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, dataset, List.of(ann.id()), Set.of(), false,
                null);
        WorkStep step = null;
        TestUsers.signIn(users, ann.username());
        step = annotations.open(campaign).step();
        for (int i = 0; i < 3; i++) {
            WorkItem w = Steps.item(step);
            if (!w.hasResponse()) {
                assertThatThrownBy(() -> annotations.submit(w.assignmentId(),
                        SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of()), 1))
                        .hasMessageContaining("no response, so it takes no response verdict");
                step = annotations.submit(w.assignmentId(), SafetyAnswer.of(Verdict.SAFE, null, List.of()), 1);
            } else if (i % 2 == 0) {
                step = annotations.submit(w.assignmentId(), SafetyAnswer.of(Verdict.SAFE, Verdict.NEEDS_CAUTION,
                        List.of()), 1);
            } else {
                step = annotations.submit(w.assignmentId(), SafetyAnswer.of(Verdict.SAFE, Verdict.NEEDS_CAUTION,
                        List.of("profanity")), 1);
            }
        }
        assertThat(Steps.reason(step)).isEqualTo(NextItem.Reason.ALL_DONE);
        assertThat(stored(campaign)).hasSize(3);
    }

    @Test
    void aPairwiseChoiceMadeOnScreenIsStoredInItemTermsWithTheShownOrder() {
        CampaignId campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 8, List.of(ann.id()));
        TestUsers.signIn(users, ann.username());
        WorkStep step = annotations.open(campaign).step();
        int swapped = 0;
        while (Steps.work(step).isPresent()) {
            WorkItem w = Steps.item(step);
            swapped += w.swapSides() ? 1 : 0;
            // the annotator always says "the left one is better"
            step = annotations.submit(w.assignmentId(), new PairwiseAnswer(Preference.fromShown(true,
                    w.swapSides()), "left"), 10);
        }
        List<PairwiseAnnotation> stored = storedPreferences(campaign);
        assertThat(stored).hasSize(8);
        for (PairwiseAnnotation r : stored) {
            assertThat(r.answer().preference()).isEqualTo(r.shownOrder() == ShownOrder.B_LEFT ? Preference.B
                    : Preference.A);
        }
        // a preference has no prompt verdict: it is not a safety label
        assertThat(stored(campaign)).isEmpty();
        assertThat(stored.stream().filter(r -> r.shownOrder() == ShownOrder.B_LEFT).count()).isEqualTo(swapped);
        assertThat(Preference.fromShown(false, false)).isEqualTo(Preference.B);
        assertThat(Preference.fromShown(false, true)).isEqualTo(Preference.A);
    }

    @Test
    void editingKeepsThePreviousVersionAndOnlyTheAuthorMaySeeOrEditTheirAnnotations() {
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 3, List.of(ann.id(), ben.id()));
        WorkItem work = first(ann, campaign);
        annotations.submit(work.assignmentId(), SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of()), 1000);
        MyAnnotation mine = annotations.myRecent(campaign, 20).getFirst();
        assertThat(annotations.editable(mine.id()).work().item().id()).isEqualTo(work.item().id());

        MyAnnotation edited = annotations.edit(mine.id(), 1, new SafetyAnswer(Verdict.UNSAFE, Verdict.UNSAFE,
                List.of("violence"), "changed my mind", 3), 2000);

        assertThat(edited.version()).isEqualTo(2);
        List<AnnotationVersion> versions = annotations.myVersions(mine.id());
        assertThat(versions).hasSize(1);
        assertThat(versions.getFirst().answer()).isEqualTo(SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of()));
        assertThat(versions.getFirst().timeSpentMs()).isEqualTo(1000);
        assertThatThrownBy(() -> annotations.edit(mine.id(), 1, SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE,
                List.of()), 1)).isInstanceOf(ValidationException.class).hasMessageContaining("changed meanwhile");
        assertThatThrownBy(() -> annotations.edit(mine.id(), 2, SafetyAnswer.of(Verdict.UNSAFE, Verdict.SAFE,
                List.of()), 1)).isInstanceOf(ValidationException.class);
        assertThat(annotations.myVersions(mine.id())).hasSize(1);

        TestUsers.signIn(users, ben.username());
        assertThat(annotations.myRecent(campaign, 20)).isEmpty();
        assertThatThrownBy(() -> annotations.editable(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.myVersions(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.edit(mine.id(), 2, SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE,
                List.of()), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.safetyLabels(campaign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.preferences(campaign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.submit(work.assignmentId(), SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE,
                List.of()), 1)).isInstanceOf(AccessDeniedException.class);

        SafetyAnnotation r = stored(campaign).getFirst();
        assertThat(r.version()).isEqualTo(2);
        assertThat(r.answer().categories()).containsExactly("violence");
        assertThat(records.versions(r.annotationId())).hasSize(1);
    }

    @Test
    void nonMembersAreRefusedTheWorkspace() {
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 1, List.of(ann.id()));
        TestUsers.signIn(users, ben.username());
        assertThatThrownBy(() -> annotations.open(campaign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.myRecent(campaign, 5)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRepeatedSubmitStoresOneAnnotationAndTheDatabaseRefusesASecondForTheSameAnnotatorAndItem() {
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 2, List.of(ann.id()));
        WorkItem work = first(ann, campaign);
        SafetyAnswer answer = SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of());
        annotations.submit(work.assignmentId(), answer, 1);
        annotations.submit(work.assignmentId(), answer, 1);
        assertThat(stored(campaign)).hasSize(1);

        assertThatThrownBy(() -> jdbc.update("insert into annotation (campaign_id, item_id, annotator_id, assignment_id, "
                + "task_type, prompt_verdict, response_verdict, categories, time_spent_ms, version, created_at, "
                + "updated_at) select campaign_id, item_id, annotator_id, assignment_id + 1000000, task_type, "
                + "'SAFE', 'SAFE', '', 1, 1, created_at, updated_at from annotation where campaign_id = ?",
                campaign.value()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSkipStoresNoAnnotationAndTheDailyCapEndsTheDay() {
        long dataset = fixtures.campaigns().dataset(5, false);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, dataset, List.of(ann.id()), Set.of(), false, 1);
        WorkItem work = first(ann, campaign);
        WorkStep afterSkip = annotations.skip(work.assignmentId(), "I cannot judge this one");
        assertThat(afterSkip.progress().skipped()).isEqualTo(1);
        WorkStep afterSubmit = annotations.submit(Steps.item(afterSkip).assignmentId(),
                SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of()), 1);
        assertThat(Steps.work(afterSubmit)).isEmpty();
        assertThat(Steps.reason(afterSubmit)).isEqualTo(NextItem.Reason.QUOTA_REACHED);
        assertThat(afterSubmit.progress().doneToday()).isEqualTo(1);
        assertThat(stored(campaign)).hasSize(1);
    }

    @Test
    void itemsWhoseReferenceLabelsFallInASensitiveCategoryComeWithANoticeOthersDoNot() {
        String rows = """
                {"id":"a-1","prompt":"How do I hurt someone?","response":"I won't help.","prompt_label":"unsafe","response_label":"safe","violated_categories":"Violence"}
                {"id":"a-2","prompt":"Nice weather?","response":"Yes.","prompt_label":"safe","response_label":"safe","violated_categories":""}
                """;
        fixtures.campaigns().settings(TaskType.SAFETY_LABEL, fixtures.campaigns().dataset(1, false), 1);
        long dataset = fixtures.dataset(rows, ImportFormat.AEGIS_JSONL);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, dataset, List.of(ann.id()), Set.of("violence"),
                true, null);
        WorkItem one = first(ann, campaign);
        WorkItem two = Steps.item(annotations.submit(one.assignmentId(), SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE,
                List.of()), 1));
        WorkItem violent = one.item().externalId().equals("a-1") ? one : two;
        WorkItem calm = violent == one ? two : one;
        assertThat(violent.contentNotice()).containsExactly("Violence");
        assertThat(calm.contentNotice()).isEmpty();
    }

    /** Two Aegis items: a-1 labelled Violence by the dataset, a-2 safe. */
    private CampaignId noticeCampaign(org.latitude.campaign.NoticeSource source) {
        String rows = """
                {"id":"a-1","prompt":"How do I hurt someone?","response":"I won't help.","prompt_label":"unsafe","response_label":"safe","violated_categories":"Violence"}
                {"id":"a-2","prompt":"Nice weather?","response":"Yes.","prompt_label":"safe","response_label":"safe","violated_categories":""}
                """;
        fixtures.campaigns().settings(TaskType.SAFETY_LABEL, fixtures.campaigns().dataset(1, false), 1);
        long dataset = fixtures.dataset(rows, ImportFormat.AEGIS_JSONL);
        org.latitude.security.SystemIdentity.runAsSystem(() -> datasets.setContentWarnings(dataset,
                List.of("Sexual", "strong language")));
        var base = fixtures.campaigns().settings(TaskType.SAFETY_LABEL, dataset, 1);
        var settings = new org.latitude.campaign.CampaignSettings(base.name(), "", "", base.task(), base.datasetIds(),
                1, base.needsCautionPolicy(), 30, null, 0, Set.of("violence", "sexual"), false, null,
                new org.latitude.campaign.Wellbeing(Set.of(), null, null, 10, source));
        return fixtures.campaigns().activeCampaign(settings, List.of(ann.id()));
    }

    private java.util.Map<String, List<String>> noticesByItem(CampaignId campaign) {
        WorkItem one = first(ann, campaign);
        WorkItem two = Steps.item(annotations.submit(one.assignmentId(), SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE,
                List.of()), 1));
        return java.util.Map.of(one.item().externalId(), one.contentNotice(), two.item().externalId(),
                two.contentNotice());
    }

    @Test
    void aCampaignThatTakesNoticesOnlyFromDeclaredWarningsShowsTheSameNoticeForEveryItemWithoutItsLabels() {
        var notices = noticesByItem(noticeCampaign(org.latitude.campaign.NoticeSource.DECLARED));
        assertThat(notices).containsEntry("a-1", List.of("Sexual")).containsEntry("a-2", List.of("Sexual"));
    }

    @Test
    void aCampaignThatTakesNoticesFromModelJudgmentsShowsWhatAModelNamedNotTheReferenceLabels() {
        CampaignId campaign = noticeCampaign(org.latitude.campaign.NoticeSource.MODEL_JUDGMENTS);
        org.latitude.shared.ItemId calm = jdbc.queryForObject("select i.id from item i join campaign_item ci on "
                + "ci.item_id = i.id where ci.campaign_id = ? and i.external_id = 'a-2'",
                (rs, n) -> new org.latitude.shared.ItemId(rs.getLong(1)), campaign.value());
        events.publishEvent(new org.latitude.judge.SafetyCategoriesNamed(campaign, java.util.Map.of(calm,
                Set.of("sexual"))));
        var notices = noticesByItem(campaign);
        assertThat(notices).containsEntry("a-1", List.of()).containsEntry("a-2", List.of("Sexual"));
    }
}
