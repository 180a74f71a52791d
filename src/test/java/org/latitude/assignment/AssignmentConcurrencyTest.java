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
    }
}
