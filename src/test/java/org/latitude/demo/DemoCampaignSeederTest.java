package org.latitude.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.assignment.AssignmentService;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.TaskType;
import org.latitude.security.SystemIdentity;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.Steps;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Demo mode starts one campaign of each task type on the demo data, ready for the demo annotators. */
@LatitudeSpringTest
class DemoCampaignSeederTest {

    @Autowired
    DemoSeeder users;
    @Autowired
    DemoDatasetSeeder datasets;
    @Autowired
    DemoCampaignSeeder seeder;
    @Autowired
    CampaignService campaigns;
    @Autowired
    AssignmentService assignments;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void demoModeStartsASafetyAndAPairwiseCampaignForTheDemoAnnotatorsOnce() {
        SystemIdentity.runAsSystem(() -> {
            users.seed();
            datasets.seed();
            seeder.seed();
            seeder.seed();
        });
        Map<String, CampaignSummary> byName = SystemIdentity.callAsSystem(() -> campaigns.list()).stream()
                .collect(Collectors.toMap(CampaignSummary::name, Function.identity()));
        CampaignSummary safety = byName.get(DemoCampaignSeeder.SAFETY);
        CampaignSummary pairwise = byName.get(DemoCampaignSeeder.PAIRWISE);
        assertThat(safety.taskType()).isEqualTo(TaskType.SAFETY_LABEL);
        assertThat(pairwise.taskType()).isEqualTo(TaskType.PAIRWISE_PREFERENCE);
        assertThat(safety.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(pairwise.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(safety.memberCount()).isEqualTo(DemoAccount.ALL.size());

        TestUsers.signIn(userDetails, "alice");
        assertThat(Steps.lease(assignments.next(safety.id()))).isPresent();
        assertThat(Steps.lease(assignments.next(pairwise.id()))).isPresent();
        assertThat(assignments.myProgress(safety.id()).remaining()).isEqualTo(72 + 10);
    }
}
