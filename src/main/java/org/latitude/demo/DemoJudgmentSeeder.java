package org.latitude.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSummary;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportReport;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.RaterSpec;
import org.latitude.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: model judgments of the demo campaigns (seed-data/judgments, written for Latitude), imported through the
 * judgment importer admins use: two guards for the safety campaign, a two-order pairwise judge and a principle
 * oracle for the pairwise campaign. Re-running recognises the files by their content hash and stores nothing twice.
 */
@Component
@Order(40)
public class DemoJudgmentSeeder implements ApplicationRunner {

    /** One bundled judgment file and the model rater it belongs to. */
    record DemoJudgments(String campaign, String file, JudgmentFormat format, RaterSpec rater) {
    }

    static final LocalDate RUN = LocalDate.of(2026, 12, 1);
    static final List<DemoJudgments> ALL = List.of(
            new DemoJudgments(DemoCampaignSeeder.SAFETY, "demo-safety.llama-guard.jsonl",
                    JudgmentFormat.LLAMA_GUARD_JSONL, new RaterSpec("Demo Guard A", "1.0", "Latitude demo (simulated)",
                    "llama-guard-safety", "1", RUN, "temperature=0, max_tokens=20, top_logprobs=5", null)),
            new DemoJudgments(DemoCampaignSeeder.SAFETY, "demo-safety.nemoguard.jsonl",
                    JudgmentFormat.NEMOGUARD_JSONL, new RaterSpec("Demo Guard B", "1.0", "Latitude demo (simulated)",
                    "nemoguard-content-safety", "1", RUN, "temperature=0", null)),
            new DemoJudgments(DemoCampaignSeeder.PAIRWISE, "demo-pairs.judge.jsonl", JudgmentFormat.PAIRWISE_JSONL,
                    new RaterSpec("Demo Judge", "1.0", "Latitude demo (simulated)", "pairwise-better", "1", RUN,
                            "temperature=0, max_tokens=1, top_logprobs=20, both orders", null)),
            new DemoJudgments(DemoCampaignSeeder.PAIRWISE, "demo-pairs.principles.csv",
                    JudgmentFormat.DISCRETION_PRINCIPLE_CSV, new RaterSpec("Demo Principle Oracle", "1.0",
                    "Latitude demo (simulated)", "principle-ab-na", "1", RUN,
                    "temperature=1, max_tokens=1, top_logprobs=20", null)));
    private static final Logger LOG = LoggerFactory.getLogger(DemoJudgmentSeeder.class);

    private final DemoMode mode;
    private final CampaignService campaigns;
    private final JudgmentImports imports;

    DemoJudgmentSeeder(DemoMode mode, CampaignService campaigns, JudgmentImports imports) {
        this.mode = mode;
        this.campaigns = campaigns;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.enabled()) {
            SystemIdentity.runAsSystem(this::seed);
        }
    }

    /** Imports each bundled judgment file into its demo campaign (already imported files change nothing). */
    public void seed() {
        List<CampaignSummary> all = campaigns.list();
        for (DemoJudgments demo : ALL) {
            Optional<CampaignSummary> campaign = all.stream().filter(c -> c.name().equals(demo.campaign()))
                    .findFirst();
            if (campaign.isEmpty()) {
                continue;
            }
            String path = "seed-data/judgments/" + demo.file();
            JudgmentImportReport report = imports.importFile(ImportSource.of(DemoDatasetSeeder.bundled(path)),
                    new JudgmentImportRequest(campaign.get().id(), demo.format(), demo.rater(), path, false));
            if (!report.stored()) {
                throw new IllegalStateException("Demo judgments " + path + " were refused: " + report.text());
            }
            LOG.info("Demo mode: {}", report.text());
        }
    }
}
