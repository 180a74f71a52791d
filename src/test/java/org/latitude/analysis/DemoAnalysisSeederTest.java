package org.latitude.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.campaign.TaskType;
import org.latitude.demo.DemoAnalysisSeeder;
import org.latitude.security.SystemIdentity;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.LatitudeSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Demo mode analyses every (chosen) started campaign with annotations and no stored analysis, once; a campaign without
 * annotations is left without one, and a second start stores nothing new.
 */
@LatitudeSpringTest
class DemoAnalysisSeederTest {

    @Autowired
    DemoAnalysisSeeder seeder;
    @Autowired
    AnalysisFixtures fixtures;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    CampaignAnalysis analysis;

    @Autowired
    org.latitude.demo.DemoSeeder users;
    @Autowired
    org.latitude.demo.DemoDatasetSeeder datasets;
    @Autowired
    org.latitude.demo.DemoCampaignSeeder running;
    @Autowired
    org.latitude.demo.DemoJudgmentSeeder judgments;
    @Autowired
    org.latitude.demo.DemoFinishedCampaignSeeder finished;
    @Autowired
    org.latitude.campaign.CampaignService campaignService;

    @Test
    void theFinishedDemoCampaignsAreAnalysedWithTheirModelsAndThePairwiseOneWithDiscretion() {
        SystemIdentity.runAsSystem(() -> {
            users.seed();
            datasets.seed();
            running.seed();
            judgments.seed();
            finished.seed();
            seeder.seed();
        });
        for (String name : List.of(org.latitude.demo.DemoFinishedCampaignSeeder.SAFETY,
                org.latitude.demo.DemoFinishedCampaignSeeder.PAIRWISE)) {
            var campaign = SystemIdentity.callAsSystem(() -> campaignService.list()).stream()
                    .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            StoredAnalysis stored = SystemIdentity.callAsSystem(() -> analysis.latest(campaign.id())).orElseThrow();
            assertThat(stored.annotators()).as(name).isGreaterThanOrEqualTo(6);
            assertThat(stored.models()).as(name).isGreaterThanOrEqualTo(1);
            assertThat(org.latitude.report.ReportSchema.violations(stored.reportJson())).as(name).isEmpty();
            if (name.equals(org.latitude.demo.DemoFinishedCampaignSeeder.PAIRWISE)) {
                assertThat(stored.reportJson()).contains("\"discretion\": {", "\"measure\": \"da\"");
            }
        }
    }

    @Test
    void aStartedCampaignWithAnnotationsIsAnalysedOnceAndAnEmptyOneIsLeftAlone() {
        AnalysisFixtures.Annotated annotated = fixtures.annotated(TaskType.SAFETY_LABEL, 3, 2,
                (a, i) -> SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of()), (a, i) -> 1000L);
        var empty = campaigns.activeCampaign(TaskType.SAFETY_LABEL, 2, 1, List.of());
        java.util.Set<org.latitude.shared.CampaignId> chosen = java.util.Set.of(annotated.campaign(), empty);
        SystemIdentity.runAsSystem(() -> seeder.seed(s -> chosen.contains(s.id())));
        StoredAnalysis first = SystemIdentity.callAsSystem(() -> analysis.latest(annotated.campaign())).orElseThrow();
        assertThat(first.annotations()).isEqualTo(6);
        assertThat(SystemIdentity.callAsSystem(() -> analysis.latest(empty))).isEmpty();
        SystemIdentity.runAsSystem(() -> seeder.seed(s -> chosen.contains(s.id())));
        assertThat(SystemIdentity.callAsSystem(() -> analysis.latest(annotated.campaign()))).map(StoredAnalysis::id)
                .contains(first.id());
    }
}
