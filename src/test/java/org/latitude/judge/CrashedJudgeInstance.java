package org.latitude.judge;

import java.util.List;
import org.latitude.LatitudeApplication;
import org.latitude.campaign.TaskType;
import org.latitude.security.SystemIdentity;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.TestCampaigns;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application in a process of its own, for {@link LiveJudgeCrashTest}: starts a live pairwise job over 30 items
 * against the given server and reports on stdout (lines starting {@code CRASH-TEST}) the job and how many calls are
 * stored, until the test kills the process without warning.
 */
public final class CrashedJudgeInstance {

    static final String PREFIX = "CRASH-TEST ";

    private CrashedJudgeInstance() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String[] appArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(LatitudeApplication.class).run(appArgs);
        JudgeJobs jobs = app.getBean(JudgeJobs.class);
        TestCampaigns campaigns = app.getBean(TestCampaigns.class);
        CampaignId campaign = campaigns.activeCampaign(TaskType.PAIRWISE_PREFERENCE, 30, 1, List.of());
        long job = SystemIdentity.callAsSystem(() -> {
            long endpoint = jobs.saveEndpoint(new EndpointSettings("crash-ep", baseUrl, "test-model", "test server",
                    null, "sk-crash-test-key")).id();
            return jobs.start(new JobSettings(campaign, endpoint, "pairwise-better", "crash-v1", 4, 0, 0, 30, 1000,
                    10_000_000, 0, 20, 0, false, 0, 0)).id();
        });
        System.out.println(PREFIX + "job " + job + " campaign " + campaign.value());
        while (true) {
            System.out.println(PREFIX + "answered " + SystemIdentity.callAsSystem(() -> jobs.progress(job))
                    .callsAnswered());
            Thread.sleep(50);
        }
    }
}
