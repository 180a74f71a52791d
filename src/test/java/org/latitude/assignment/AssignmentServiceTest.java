package org.latitude.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.assignment.internal.LeaseSweeper;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.GoldItem;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.latitude.shared.ValidationException;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.Steps;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@LatitudeSpringTest
class AssignmentServiceTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    LeaseSweeper sweeper;
    @Autowired
    CampaignService campaigns;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @Autowired
    TestCampaigns fixtures;
    @Autowired
    org.latitude.dataset.DatasetService datasets;
    UserSummary ann;
    UserSummary ben;
    UserSummary cat;

    @BeforeEach
    void setUp() {
        ann = TestUsers.create(accounts, "ann", Role.ANNOTATOR);
        ben = TestUsers.create(accounts, "ben", Role.ANNOTATOR);
        cat = TestUsers.create(accounts, "cat", Role.ANNOTATOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private Lease next(UserSummary who, CampaignId campaign) {
        TestUsers.signIn(users, who.username());
        return Steps.lease(assignments.next(campaign))
                .orElseThrow(() -> new AssertionError(who.username() + " got nothing"));
    }

    private NextItem.Reason nothingFor(UserSummary who, CampaignId campaign) {
        TestUsers.signIn(users, who.username());
        NextItem next = assignments.next(campaign);
        assertThat(Steps.lease(next)).as("%s should get nothing", who.username()).isEmpty();
        return Steps.reason(next);
    }

    private SubmitOutcome complete(UserSummary who, Lease lease) {
        TestUsers.signIn(users, who.username());
        return assignments.complete(lease.assignmentId());
    }

    @Test
    void anAnnotatorKeepsTheirLeaseUntilTheySubmitItThenGetsAnotherItem() {
        CampaignId campaign = fixtures.activeCampaign(TaskType.SAFETY_LABEL, 3, 1, List.of(ann.id()));
        Lease first = next(ann, campaign);
        assertThat(next(ann, campaign)).isEqualTo(first);
        assertThat(complete(ann, first)).isEqualTo(SubmitOutcome.COUNTED);
        assertThat(complete(ann, first)).isEqualTo(SubmitOutcome.ALREADY_COMPLETED);
        assertThat(next(ann, campaign).itemId()).isNotEqualTo(first.itemId());
    }

    @Test
    void anItemGetsAtMostKAnnotationsLeasesIncludedAndNeverTwoFromOnePerson() {
        CampaignId campaign = fixtures.activeCampaign(TaskType.SAFETY_LABEL, 1, 2,
                List.of(ann.id(), ben.id(), cat.id()));
        Lease a = next(ann, campaign);
        Lease b = next(ben, campaign);
        assertThat(b.itemId()).isEqualTo(a.itemId());
        assertThat(nothingFor(cat, campaign)).as("both slots are leased, and a lease may come back")
                .isEqualTo(NextItem.Reason.TAKEN_FOR_NOW);
        complete(ann, a);
        complete(ben, b);
        assertThat(nothingFor(cat, campaign)).isEqualTo(NextItem.Reason.ALL_DONE);
        assertThat(nothingFor(ann, campaign)).isEqualTo(NextItem.Reason.ALL_DONE);
        SystemIdentity.runAsSystem(() -> {
            CampaignProgress progress = assignments.progress(campaign);
            assertThat(progress.itemsComplete()).isEqualTo(1);
            assertThat(progress.annotations()).isEqualTo(2);
            assertThat(assignments.completion(campaign)).isEqualTo(progress.fractionDone()).isEqualTo(1.0);
        });
    }

    @Test
    void progressListsEveryMemberEvenBeforeTheirFirstItemAndWhyItemsWereSkipped() {
        CampaignId campaign = fixtures.activeCampaign(TaskType.SAFETY_LABEL, 3, 1,
                List.of(ann.id(), ben.id(), cat.id()));
        Lease a = next(ann, campaign);
        assignments.skip(a.assignmentId(), "Too distressing for me today");
        Lease b = next(ben, campaign);
        assignments.skip(b.assignmentId(), "Too distressing for me today");
        Lease b2 = next(ben, campaign);
        assignments.skip(b2.assignmentId(), "The item is broken");
        SystemIdentity.runAsSystem(() -> {
            CampaignProgress progress = assignments.progress(campaign);
            assertThat(progress.annotators()).extracting(p -> p.annotatorId().value())
                    .containsExactlyInAnyOrder(ann.id(), ben.id(), cat.id());
            assertThat(progress.annotators()).filteredOn(p -> p.annotatorId().value() == cat.id()).singleElement()
                    .satisfies(p -> assertThat(p.completed() + p.skipped() + p.leased()).isZero());
            assertThat(progress.skipReasons()).containsExactly(new SkipCount("Too distressing for me today", 2),
                    new SkipCount("The item is broken", 1));
            assertThat(progress.recentSkips()).hasSize(3).allSatisfy(s -> assertThat(s.itemExternalId())
                    .startsWith("x-"));
            assertThat(progress.recentSkips().getFirst().reason()).isEqualTo("The item is broken");
            assertThat(progress.recentSkips().getFirst().annotatorId().value()).isEqualTo(ben.id());
        });
    }

    @Test
    void itemsClosestToCompletionAreHandedOutFirst() {
        CampaignId campaign = fixtures.activeCampaign(TaskType.SAFETY_LABEL, 50, 3,
                List.of(ann.id(), ben.id(), cat.id()));
        Lease a = next(ann, campaign);
        complete(ann, a);
        assertThat(next(ben, campaign).itemId()).isEqualTo(a.itemId());
        assertThat(next(cat, campaign).itemId()).isEqualTo(a.itemId());
    }

    @Test
    void anExpiredLeaseReturnsTheItemAndALateSubmitCountsOnlyWhileTheItemHasRoom() {
        CampaignId roomy = fixtures.activeCampaign(TaskType.SAFETY_LABEL, 1, 2, List.of(ann.id(), ben.id()));
        Lease late = next(ann, roomy);
        sweeper.expireLeasesBefore(Instant.now().plusSeconds(3600));
        next(ben, roomy);
        assertThat(complete(ann, late)).isEqualTo(SubmitOutcome.COUNTED_AFTER_EXPIRY);

        CampaignId full = fixtures.activeCampaign(TaskType.SAFETY_LABEL, 1, 1, List.of(ann.id(), ben.id()));
        Lease lost = next(ann, full);
        sweeper.expireLeasesBefore(Instant.now().plusSeconds(3600));
        complete(ben, next(ben, full));
        assertThatThrownBy(() -> complete(ann, lost)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has since received all its annotations");
        SystemIdentity.runAsSystem(() -> assertThat(assignments.progress(full).annotations()).isEqualTo(1));
    }

    @Test
    void aSkippedItemGoesToOthersButNeverBackToTheSkipperAndASkipNeedsAReason() {
        CampaignId campaign = fixtures.activeCampaign(TaskType.SAFETY_LABEL, 1, 1, List.of(ann.id(), ben.id()));
        Lease lease = next(ann, campaign);
        assertThatThrownBy(() -> assignments.skip(lease.assignmentId(), "  ")).isInstanceOf(ValidationException.class);
        assignments.skip(lease.assignmentId(), "Too distressing for me today");
        assertThat(nothingFor(ann, campaign)).isEqualTo(NextItem.Reason.ALL_DONE);
        assertThat(next(ben, campaign).itemId()).isEqualTo(lease.itemId());
        TestUsers.signIn(users, ann.username());
        assertThatThrownBy(() -> assignments.complete(lease.assignmentId())).hasMessageContaining("skipped");
    }

    @Test
    void theDailyQuotaStopsHandingOutItems() {
        CampaignSettings s = fixtures.settings(TaskType.SAFETY_LABEL, fixtures.dataset(5, false), 1);
        CampaignId campaign = fixtures.activeCampaign(new CampaignSettings(s.name(), "", "", s.task(),
                s.datasetIds(), 1, s.needsCautionPolicy(), 30, 2, 0, Set.of(), false, null), List.of(ann.id()));
        complete(ann, next(ann, campaign));
        complete(ann, next(ann, campaign));
        assertThat(nothingFor(ann, campaign)).isEqualTo(NextItem.Reason.QUOTA_REACHED);
        assertThat(assignments.myProgress(campaign)).isEqualTo(new MyProgress(2, 2, 0, 3));
    }

    @Test
    void goldItemsComeAtTheConfiguredRateAndEveryMemberAnswersThem() {
        long dataset = fixtures.dataset(10, false);
        CampaignSettings s = fixtures.settings(TaskType.SAFETY_LABEL, dataset, 1);
        CampaignSettings withGold = new CampaignSettings(s.name(), "", "", s.task(), s.datasetIds(), 1,
                s.needsCautionPolicy(), 30, null, 50, Set.of(), false, null);
        ItemId goldItem = SystemIdentity.callAsSystem(() -> datasets.browse(dataset, "", 0, 1).getFirst().id());
        CampaignId campaign = SystemIdentity.callAsSystem(() -> {
            CampaignId id = campaigns.create(withGold).id();
            campaigns.setMembers(id, List.of(new UserId(ann.id()), new UserId(ben.id())));
            campaigns.setGoldItems(id, List.of(new GoldItem(goldItem, "{\"prompt\":\"safe\"}")));
            campaigns.activate(id);
            return id;
        });
        for (UserSummary who : List.of(ann, ben)) {
            TestUsers.signIn(users, who.username());
            long before = assignments.myProgress(campaign).remaining();
            if (who == ann) {
                assertThat(before).as("gold counts like any item: 9 regular + 1 gold").isEqualTo(10);
            }
            Lease first = next(who, campaign);
            complete(who, first);
            assertThat(assignments.myProgress(campaign).remaining()).isEqualTo(before - 1);
            Lease second = next(who, campaign);
            complete(who, second);
            assertThat(assignments.myProgress(campaign).remaining()).as("the counter drops after gold too")
                    .isEqualTo(before - 2);
            assertThat(List.of(first.itemId(), second.itemId())).as("one gold item in each block of two requests "
                    + "at 50 %, at a seeded random place").containsOnlyOnce(goldItem);
        }
    }

    @Test
    void nobodyTouchesAnotherPersonsAssignmentAndNonMembersGetNothing() {
        CampaignId campaign = fixtures.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of(ann.id(), ben.id()));
        Lease lease = next(ann, campaign);
        TestUsers.signIn(users, ben.username());
        assertThatThrownBy(() -> assignments.complete(lease.assignmentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.skip(lease.assignmentId(), "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.lease(lease.assignmentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.progress(campaign)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(users, cat.username());
        assertThatThrownBy(() -> assignments.next(campaign)).isInstanceOf(AccessDeniedException.class);
        SystemIdentity.runAsSystem(() -> campaigns.pause(campaign));
        assertThat(nothingFor(ben, campaign)).isEqualTo(NextItem.Reason.NOT_ACTIVE);
    }

    @Test
    void pairsAreShownInAPerAnnotatorOrderThatStaysTheSame() {
        CampaignId campaign = fixtures.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 40, 2, List.of(ann.id(), ben.id()));
        List<ShownOrder> annSides = new ArrayList<>();
        List<ShownOrder> benSides = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Lease a = next(ann, campaign);
            assertThat(next(ann, campaign).shownOrder()).isEqualTo(a.shownOrder());
            annSides.add(a.shownOrder());
            complete(ann, a);
            Lease b = next(ben, campaign);
            benSides.add(b.shownOrder());
            complete(ben, b);
        }
        assertThat(annSides).contains(ShownOrder.A_LEFT, ShownOrder.B_LEFT);
        assertThat(benSides).isNotEqualTo(annSides);
    }
}
