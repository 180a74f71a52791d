package org.latitude.judge;

import org.latitude.shared.CampaignId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.latitude.campaign.TaskType;
import org.latitude.security.SystemIdentity;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;

/** Campaigns, endpoints and job settings for live-judge tests, made through the real services. */
final class LiveJudgeFixtures {

    static final String API_KEY = "sk-test-secret-key-123";

    private final JudgeJobs jobs;
    private final TestCampaigns campaigns;

    LiveJudgeFixtures(JudgeJobs jobs, TestCampaigns campaigns) {
        this.jobs = jobs;
        this.campaigns = campaigns;
    }

    CampaignId campaign(TaskType task, int items) {
        return campaigns.activeCampaign(task, items, 1, List.of());
    }

    long endpoint(String baseUrl) {
        return SystemIdentity.callAsSystem(() -> jobs.saveEndpoint(new EndpointSettings(TestUsers.uniqueName("ep"),
                baseUrl, "test-model", "test server", null, API_KEY)).id());
    }

    static JobSettings settings(CampaignId campaign, long endpoint, String template, int concurrency, int retries,
                                int timeoutSeconds, long budgetCalls, int topLogprobs) {
        return new JobSettings(campaign, endpoint, template, TestUsers.uniqueName("v"), concurrency, 0, retries,
                timeoutSeconds, budgetCalls, 10_000_000, 0, 20, topLogprobs, false, 0, 0);
    }

    /** Waits until the job is no longer queued or running. */
    JobProgress awaitEnd(long jobId, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JobProgress p = SystemIdentity.callAsSystem(() -> jobs.progress(jobId));
            if (p.status() != JobStatus.QUEUED && p.status() != JobStatus.RUNNING) {
                return p;
            }
            Thread.sleep(50);
        }
        JobProgress p = SystemIdentity.callAsSystem(() -> jobs.progress(jobId));
        assertThat(p.status()).as("job " + jobId + " still " + p.status() + " after " + limit)
                .isNotIn(JobStatus.QUEUED, JobStatus.RUNNING);
        return p;
    }
}
