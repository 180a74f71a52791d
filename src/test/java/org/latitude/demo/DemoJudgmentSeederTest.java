package org.latitude.demo;

import org.latitude.shared.CampaignId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSummary;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.ModelJudgments;
import org.latitude.judge.RaterCoverage;
import org.latitude.security.SystemIdentity;
import org.latitude.testsupport.LatitudeSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo mode imports two model raters for the safety campaign and the pairwise judge and oracle, once. */
@LatitudeSpringTest
class DemoJudgmentSeederTest {

    @Autowired
    DemoSeeder users;
    @Autowired
    DemoDatasetSeeder datasets;
    @Autowired
    DemoCampaignSeeder campaignSeeder;
    @Autowired
    DemoJudgmentSeeder seeder;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ModelJudgments judgments;
    @Autowired
    JudgmentImports imports;

    @Test
    void theDemoCampaignsGetTheirModelRatersThroughTheImporterAndARestartAddsNothing() {
        SystemIdentity.runAsSystem(() -> {
            users.seed();
            datasets.seed();
            campaignSeeder.seed();
            seeder.seed();
            seeder.seed();
        });
        List<CampaignSummary> all = SystemIdentity.callAsSystem(() -> campaigns.list());
        CampaignId safety = all.stream().filter(c -> c.name().equals(DemoCampaignSeeder.SAFETY)).findFirst().orElseThrow()
                .id();
        CampaignId pairwise = all.stream().filter(c -> c.name().equals(DemoCampaignSeeder.PAIRWISE)).findFirst()
                .orElseThrow().id();
        List<RaterCoverage> safetyCoverage = SystemIdentity.callAsSystem(() -> judgments.coverage(safety));
        assertThat(safetyCoverage).hasSize(2).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(JudgmentKind.SAFETY);
            assertThat(c.itemsJudged()).isEqualTo(82).isEqualTo(c.campaignItems());
        });
        List<RaterCoverage> pairCoverage = SystemIdentity.callAsSystem(() -> judgments.coverage(pairwise));
        assertThat(pairCoverage).extracting(RaterCoverage::kind, RaterCoverage::judgments)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(JudgmentKind.PAIRWISE, 64L),
                        org.assertj.core.groups.Tuple.tuple(JudgmentKind.PRINCIPLE, 672L));
        assertThat(SystemIdentity.callAsSystem(() -> imports.batches(safety))).hasSize(2);
        assertThat(SystemIdentity.callAsSystem(() -> imports.batches(pairwise))).hasSize(2);
    }
}
