package org.latitude.judge;

import org.latitude.shared.CampaignId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.campaign.TaskType;
import org.latitude.security.SystemIdentity;
import org.latitude.testsupport.FakeChatServer;
import org.latitude.testsupport.SeparateApplication;
import org.latitude.testsupport.TestCampaigns;

/**
 * A job interrupted by stopping the application resumes when the application starts again on the same database:
 * every call answered before the stop is kept, none is sent again, and the job finishes.
 */
class LiveJudgeRestartTest {

    @TempDir
    Path dataDir;

    private SeparateApplication start() {
        return SeparateApplication.start("--latitude.data-dir=" + dataDir, "--server.port=0",
                "--latitude.admin.password=restart-admin-pw", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--latitude.judge.poll-millis=200", "--latitude.judge.lease-seconds=5");
    }

    @Test
    void aJobStoppedByARestartResumesWithoutRepeatingAFinishedCall() throws Exception {
        AtomicInteger received = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        // before the restart, calls after the 12th take 2 s: the stop comes long before all 60 could be sent,
        // however slowly the machine closes the first application
        try (FakeChatServer server = new FakeChatServer(r -> new FakeChatServer.Answer("B", null, restarted.get()
                ? 0 : received.incrementAndGet() <= 12 ? 50 : 2000))) {
            long job;
            CampaignId campaign;
            try (SeparateApplication first = start()) {
                JudgeJobs jobs = first.bean(JudgeJobs.class);
                LiveJudgeFixtures fixtures = new LiveJudgeFixtures(jobs, first.bean(TestCampaigns.class));
                campaign = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 30);
                long endpoint = fixtures.endpoint(server.baseUrl());
                job = SystemIdentity.callAsSystem(() -> jobs.start(LiveJudgeFixtures.settings(campaign, endpoint,
                        "pairwise-better", 4, 0, 5, 1000, 0)).id());
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (SystemIdentity.callAsSystem(() -> jobs.progress(job)).callsAnswered() < 12
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            restarted.set(true);
            int sentBeforeRestart = server.received().size();
            assertThat(sentBeforeRestart).isBetween(12, 59);

            try (SeparateApplication second = start()) {
                JudgeJobs jobs = second.bean(JudgeJobs.class);
                LiveJudgeFixtures fixtures = new LiveJudgeFixtures(jobs, second.bean(TestCampaigns.class));
                JobProgress done = fixtures.awaitEnd(job, Duration.ofSeconds(90));

                assertThat(done.status()).isEqualTo(JobStatus.DONE);
                assertThat(done.callsAnswered()).isEqualTo(60);
                assertThat(server.countsByMessage().values()).as("each of the 60 calls was sent exactly once")
                        .hasSize(60).containsOnly(1);
                ModelJudgments judgments = second.bean(ModelJudgments.class);
                List<ModelJudgment> stored = SystemIdentity.callAsSystem(() -> judgments.judgments(campaign,
                        judgments.ratersIn(campaign).getFirst().id()));
                assertThat(stored).hasSize(60);
            }
        }
    }
}
