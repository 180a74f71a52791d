package org.latitude.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latitude.assignment.internal.LeaseSweeper;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 32 annotators × 2,000 items × k = 3 on embedded H2: the invariants hold under concurrency. */
@LatitudeSpringTest
class AssignmentConcurrencyTest {

    static final int ANNOTATORS = 32;
    static final int ITEMS = 2000;
    static final int K = 3;

    @Autowired
    AssignmentService assignments;
    @Autowired
    LeaseSweeper sweeper;
    @Autowired
    TestCampaigns fixtures;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thirtyTwoAnnotatorsOnTwoThousandItemsNeverBreakTheInvariantsOnH2() throws Exception {
        List<UserSummary> annotators = new ArrayList<>();
        for (int i = 0; i < ANNOTATORS; i++) {
            annotators.add(TestUsers.create(accounts, "hammer", Role.ANNOTATOR));
        }
        CampaignId campaign = fixtures.activeCampaign(TaskType.SAFETY_LABEL, ITEMS, K, annotators.stream().map(UserSummary::id).toList());
        var outcome = new AssignmentHammer(assignments, sweeper, users, jdbc).run(campaign, annotators);
        System.out.println("[hammer H2] " + outcome);
        assertThat(outcome.acknowledgedSubmits()).isGreaterThanOrEqualTo((long) ITEMS * K * 9 / 10);
        assertThat(outcome.skips()).isPositive();
        assertThat(outcome.returns()).isPositive();
    }

    /**
     * The same hammer with the exposure controls on: a third of the items is Violence, a third Sexual; half of the 16
     * annotators opted out of Violence, and nobody may be shown more than 30 items of a sensitive category a day.
     */
    @Test
    void optOutsCapsAndReturnsNeverBreakTheInvariantsOnH2() throws Exception {
        var outcome = exposureHammer("exposure", accounts, fixtures, assignments, sweeper, users, jdbc);
        System.out.println("[hammer H2, exposure controls] " + outcome);
    }

    /**
     * The hammer with the exposure controls on: a third of the 450 items is Violence, a third Sexual; half of the 16
     * annotators opted out of Violence, nobody may be shown more than 30 items of a sensitive category a day, and 6 %
     * of the items are returned without penalty.
     */
    static AssignmentHammer.Outcome exposureHammer(String prefix, UserAccountService accounts, TestCampaigns fixtures,
                                                   AssignmentService assignments, LeaseSweeper sweeper,
                                                   UserDetailsService users, JdbcTemplate jdbc) throws Exception {
        List<UserSummary> annotators = new ArrayList<>();
        java.util.Map<String, java.util.Set<String>> optOuts = new java.util.HashMap<>();
        for (int i = 0; i < 16; i++) {
            UserSummary a = TestUsers.create(accounts, prefix, Role.ANNOTATOR);
            annotators.add(a);
            if (i % 2 == 0) {
                optOuts.put(a.username(), java.util.Set.of("violence"));
            }
        }
        java.util.Set<String> sensitive = java.util.Set.of("violence", "sexual");
        CampaignId campaign = fixtures.exposureCampaign(450, K, sensitive, new org.latitude.campaign.Wellbeing(
                java.util.Set.of("violence"), 30, null, 10, org.latitude.campaign.NoticeSource.DECLARED),
                annotators.stream().map(UserSummary::id).toList());
        var outcome = new AssignmentHammer(assignments, sweeper, users, jdbc).run(campaign, annotators,
                new AssignmentHammer.Controls(optOuts, 30, sensitive, 6));
        assertThat(outcome.returns()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from campaign_item_category where campaign_id = ?",
                Long.class, campaign.value())).as("items' categories from their reference labels").isEqualTo(300L);
        return outcome;
    }
}
