package org.latitude.demo;

import org.latitude.analysis.CampaignAnalysis;
import org.latitude.analysis.AnalysisSteps;
import org.latitude.annotation.AnnotationStatistics;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode, after the campaigns, annotations and judgments are seeded: every demo campaign that has annotations
 * and no stored analysis yet is analysed once, so a fresh demo opens a full analysis page and downloads a full
 * report without a click. A campaign analysed before is left as it is (its stored result stays the newest).
 */
@Component
@Order(90)
public class DemoAnalysisSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAnalysisSeeder.class);

    private final DemoMode mode;
    private final CampaignService campaigns;
    private final CampaignAnalysis analysis;
    private final AnnotationStatistics statistics;

    DemoAnalysisSeeder(DemoMode mode, CampaignService campaigns, CampaignAnalysis analysis,
                       AnnotationStatistics statistics) {
        this.statistics = statistics;
        this.mode = mode;
        this.campaigns = campaigns;
        this.analysis = analysis;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.enabled()) {
            SystemIdentity.runAsSystem(this::seed);
        }
    }

    /** Analyses the demo campaigns (by their names). */
    public void seed() {
        java.util.Set<String> demo = java.util.Set.of(DemoCampaignSeeder.SAFETY, DemoCampaignSeeder.PAIRWISE,
                DemoFinishedCampaignSeeder.SAFETY, DemoFinishedCampaignSeeder.PAIRWISE);
        seed(c -> demo.contains(c.name()));
    }

    /** Analyses the chosen campaigns that are started, have annotations and have no stored analysis yet. */
    public void seed(java.util.function.Predicate<CampaignSummary> which) {
        for (CampaignSummary c : campaigns.list()) {
            if (!which.test(c) || c.status() == CampaignStatus.DRAFT || analysis.latest(c.id()).isPresent()
                    || statistics.annotators(c.id()).isEmpty()) {
                continue;
            }
            try {
                var stored = analysis.run(c.id(), AnalysisSteps.NONE, () -> false);
                LOG.info("Demo: analysed campaign '{}' ({} annotations, {} models)", c.name(), stored.annotations(),
                        stored.models());
            } catch (RuntimeException e) {
                // the demo still starts; the page offers to run the analysis again
                LOG.warn("Demo: analysis of campaign '{}' failed", c.name(), e);
            }
        }
    }
}
