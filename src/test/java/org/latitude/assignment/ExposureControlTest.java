package org.latitude.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.campaign.NoticeSource;
import org.latitude.campaign.Wellbeing;
import org.latitude.judge.SafetyCategoriesNamed;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.ValidationException;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.Steps;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Opt-outs, daily category caps, returns without penalty, the exposure log and enforced breaks, at the service. */
@LatitudeSpringTest
class ExposureControlTest {

    private static final Set<String> SENSITIVE = Set.of("violence", "sexual");

    @Autowired
    AssignmentService assignments;
    @Autowired
    TestCampaigns fixtures;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
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

    /** Items a-0 … a-(n-1): i % 3 == 0 Violence, 1 Sexual, 2 safe. */
    private CampaignId campaign(int items, int k, Wellbeing wellbeing, UserSummary... members) {
        return fixtures.exposureCampaign(items, k, SENSITIVE, wellbeing,
                java.util.Arrays.stream(members).map(UserSummary::id).toList());
    }

    private static Wellbeing controls(Set<String> optOuts, Integer cap, Integer breakAfter) {
        return new Wellbeing(optOuts, cap, breakAfter, 10, NoticeSource.REFERENCE_LABELS);
    }

    private NextItem next(UserSummary who, CampaignId campaign) {
        TestUsers.signIn(users, who.username());
        return assignments.next(campaign);
    }

    private Set<String> categoriesOf(CampaignId campaign, ItemId item) {
        return Set.copyOf(jdbc.queryForList("select category_key from campaign_item_category where campaign_id = ? "
                + "and item_id = ?", String.class, campaign.value(), item.value()));
    }

    /** Works through everything the annotator is given; returns the items' categories in order. */
    private List<Set<String>> workThrough(UserSummary who, CampaignId campaign) {
        List<Set<String>> seen = new ArrayList<>();
        while (next(who, campaign) instanceof NextItem.Assigned(Lease lease)) {
            seen.add(categoriesOf(campaign, lease.itemId()));
            assignments.complete(lease.assignmentId());
        }
        return seen;
    }

    @Test
    void itemsOfAnOptedOutCategoryNeverReachTheAnnotatorAndRemainingLeavesThemOut() {
        CampaignId campaign = campaign(9, 2, controls(Set.of("violence"), null, null), ann, ben);
        TestUsers.signIn(users, ann.username());
        assertThat(assignments.myProgress(campaign).remaining()).isEqualTo(9);
        assignments.setMyOptOuts(campaign, Set.of("violence"));
        assertThat(assignments.myProgress(campaign).remaining()).isEqualTo(6);
        List<Set<String>> seen = workThrough(ann, campaign);
        assertThat(seen).hasSize(6).noneMatch(c -> c.contains("violence"));
        assertThat(Steps.reason(next(ann, campaign))).isEqualTo(NextItem.Reason.ALL_DONE);
        assertThat(workThrough(ben, campaign)).as("others still get them").hasSize(9);
    }

    @Test
    void anAnnotatorMayOptOutOnlyOfWhatTheCampaignAllowsAndAHeldItemGoesBack() {
        CampaignId campaign = campaign(3, 1, controls(Set.of("violence"), null, null), ann, ben);
        TestUsers.signIn(users, ann.username());
        assertThatThrownBy(() -> assignments.setMyOptOuts(campaign, Set.of("sexual")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("sexual");
        Lease held = null;
        while (next(ann, campaign) instanceof NextItem.Assigned(Lease lease)) {
            if (categoriesOf(campaign, lease.itemId()).contains("violence")) {
                held = lease;
                break;
            }
            assignments.complete(lease.assignmentId());
        }
        assertThat(held).isNotNull();
        assignments.setMyOptOuts(campaign, Set.of("violence"));
        Lease violent = held;
        assertThatThrownBy(() -> assignments.complete(violent.assignmentId())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("returned");
        List<ItemId> bens = new ArrayList<>();
        while (next(ben, campaign) instanceof NextItem.Assigned(Lease lease)) {
            bens.add(lease.itemId());
            assignments.complete(lease.assignmentId());
        }
        assertThat(bens).as("back in the pool for others").contains(violent.itemId());
    }

    @Test
    void theDailyCapGivesOtherItemsThenSaysDoneForTodayWithThisKindOfContent() {
        CampaignId campaign = campaign(12, 1, controls(Set.of(), 2, null), ann);
        List<Set<String>> seen = workThrough(ann, campaign);
        assertThat(seen.stream().filter(c -> c.contains("violence")).count()).isEqualTo(2);
        assertThat(seen.stream().filter(c -> c.contains("sexual")).count()).isEqualTo(2);
        assertThat(seen.stream().filter(Set::isEmpty).count()).as("every safe item still came").isEqualTo(4);
        assertThat(Steps.reason(next(ann, campaign))).isEqualTo(NextItem.Reason.CATEGORY_CAP_REACHED);
        MyExposure log = assignments.myExposure(campaign);
        assertThat(log.categories()).containsExactly(new CategoryExposure("sexual", 2, 2, true),
                new CategoryExposure("violence", 2, 2, true));
        assertThat(log.dailyCap()).isEqualTo(2);
    }

    @Test
    void aReturnedItemIsNoSkipNeverComesBackAndGoesToSomeoneElse() {
        CampaignId campaign = campaign(1, 1, Wellbeing.NONE, ann, ben);
        Lease lease = Steps.lease(next(ann, campaign)).orElseThrow();
        assignments.returnItem(lease.assignmentId());
        assignments.returnItem(lease.assignmentId()); // twice is harmless
        assertThat(Steps.reason(next(ann, campaign))).isEqualTo(NextItem.Reason.ALL_DONE);
        assertThat(assignments.myProgress(campaign).skipped()).isZero();
        assertThat(Steps.lease(next(ben, campaign))).map(Lease::itemId).contains(lease.itemId());
        SystemIdentity.runAsSystem(() -> {
            CampaignProgress progress = assignments.progress(campaign);
            assertThat(progress.skips()).as("returns are not skips in quality figures").isZero();
            assertThat(progress.skipReasons()).isEmpty();
            assertThat(progress.annotators()).allSatisfy(a -> assertThat(a.skipped()).isZero());
            assertThat(assignments.wellbeing(campaign).returns()).isEqualTo(1);
        });
    }

    @Test
    void theExposureLogShowsOnlyTheAnnotatorsOwnItemsAndTheAdminOnlyAggregates() {
        CampaignId campaign = campaign(6, 2, controls(Set.of("violence"), null, null), ann, ben);
        workThrough(ann, campaign);
        TestUsers.signIn(users, ben.username());
        MyExposure bens = assignments.myExposure(campaign);
        assertThat(bens.categories()).as("ann's work is not ben's exposure")
                .allSatisfy(c -> assertThat(c.today()).isZero());
        TestUsers.signIn(users, ann.username());
        assertThat(assignments.myExposure(campaign).categories()).containsExactly(
                new CategoryExposure("sexual", 2, 2, false), new CategoryExposure("violence", 2, 2, false));
        assertThatThrownBy(() -> assignments.wellbeing(campaign)).isInstanceOf(AccessDeniedException.class);
        UserSummary outsider = TestUsers.create(accounts, "outsider", Role.ANNOTATOR);
        TestUsers.signIn(users, outsider.username());
        assertThatThrownBy(() -> assignments.myExposure(campaign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.setMyOptOuts(campaign, Set.of())).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(users, ben.username());
        assignments.setMyOptOuts(campaign, Set.of("violence"));
        WellbeingFigures figures = SystemIdentity.callAsSystem(() -> assignments.wellbeing(campaign));
        assertThat(figures.categories()).contains(new CategoryAggregate("violence", 2, 2, 0, 1));
        assertThat(figures.itemsShortOfEligibleMembers()).as("with ben opted out only ann may see the two "
                + "violent items, k = 2").isEqualTo(2);
        assertThat(figures.annotationsOutOfReach()).isEqualTo(2);
    }

    @Test
    void categoriesAModelNamesCountForOptOutsLikeReferenceLabels() {
        CampaignId campaign = campaign(3, 1, controls(Set.of("violence"), null, null), ann);
        ItemId safe = jdbc.queryForObject("select ci.item_id from campaign_item ci where ci.campaign_id = ? and not "
                + "exists (select 1 from campaign_item_category c where c.campaign_id = ci.campaign_id and c.item_id = "
                + "ci.item_id)", (rs, n) -> new ItemId(rs.getLong(1)), campaign.value());
        events.publishEvent(new SafetyCategoriesNamed(campaign, Map.of(safe, Set.of("violence"))));
        TestUsers.signIn(users, ann.username());
        assignments.setMyOptOuts(campaign, Set.of("violence"));
        assertThat(workThrough(ann, campaign)).as("only the Sexual item is left").hasSize(1);
    }

    @Test
    void anAnnotatorLearnsOfModelJudgmentsOnlyTheNoticeOfACampaignThatTakesNoticesFromThem() {
        CampaignId byReference = campaign(3, 1, Wellbeing.NONE, ann, ben);
        CampaignId byModels = campaign(3, 1, new Wellbeing(Set.of(), null, null, 10, NoticeSource.MODEL_JUDGMENTS),
                ann, ben);
        for (CampaignId c : List.of(byReference, byModels)) {
            Map<ItemId, Set<String>> named = new java.util.HashMap<>();
            jdbc.queryForList("select item_id from campaign_item where campaign_id = ?", Long.class, c.value())
                    .forEach(i -> named.put(new ItemId(i), Set.of("sexual", "threat")));
            events.publishEvent(new SafetyCategoriesNamed(c, named));
        }
        Lease mine = Steps.lease(next(ann, byReference)).orElseThrow();
        assertThatThrownBy(() -> assignments.modelNoticeCategories(mine.assignmentId()))
                .isInstanceOf(AccessDeniedException.class);
        Lease notice = Steps.lease(next(ann, byModels)).orElseThrow();
        assertThat(assignments.modelNoticeCategories(notice.assignmentId())).as("only sensitive categories")
                .containsExactly("sexual");
        TestUsers.signIn(users, ben.username());
        assertThatThrownBy(() -> assignments.modelNoticeCategories(notice.assignmentId())).as("not ben's lease")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEnforcedBreakPausesTheWorkAfterTheSetTimeUntilTheBreakIsOver() {
        CampaignId campaign = campaign(30, 1, controls(Set.of(), null, 5), ann);
        for (int i = 0; i < 4; i++) {
            Lease lease = Steps.lease(next(ann, campaign)).orElseThrow();
            assignments.complete(lease.assignmentId());
        }
        // the four items were handed out over the last eight minutes, one every two minutes, each done in 30 s
        Instant now = Instant.now();
        List<Long> ids = jdbc.queryForList("select id from assignment where campaign_id = ? order by id", Long.class,
                campaign.value());
        for (int i = 0; i < ids.size(); i++) {
            Instant at = now.minus(Duration.ofMinutes(8 - 2L * i));
            jdbc.update("update assignment set leased_at = ?, finished_at = ? where id = ?",
                    at.atOffset(java.time.ZoneOffset.UTC), at.plusSeconds(30).atOffset(java.time.ZoneOffset.UTC),
                    ids.get(i));
        }
        NextItem paused = next(ann, campaign);
        assertThat(Steps.reason(paused)).isEqualTo(NextItem.Reason.ON_BREAK);
        Instant until = ((NextItem.NothingLeft) paused).resumeAt();
        assertThat(until).as("ten minutes after the last item was finished, 90 s ago")
                .isBetween(now.plus(Duration.ofSeconds(509)), now.plus(Duration.ofSeconds(511)));
        jdbc.update("update assignment set leased_at = leased_at - interval '11' minute, finished_at = finished_at "
                + "- interval '11' minute where campaign_id = ?", campaign.value());
        assertThat(Steps.lease(next(ann, campaign))).as("after the break the work goes on").isPresent();
    }
}
