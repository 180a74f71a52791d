package org.latitude.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.security.SystemIdentity;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.FakeChatServer;
import org.latitude.testsupport.SeparateApplication;
import org.latitude.testsupport.TestCampaigns;

/**
 * The crash path: the application running a job is killed without warning (its process destroyed forcibly: no
 * shutdown hook, no lease released), then started again on the same database. Once the dead instance's lease expires
 * the job resumes: every call stored before the crash is kept and never sent again; only the calls that were in
 * flight at the crash (sent, no answer yet) are sent a second time; the job finishes with all 60 judgments.
 */
class LiveJudgeCrashTest {

    private static final int ANSWERED_BEFORE_CRASH = 12;

    @TempDir
    Path dataDir;

    private List<String> appArgs() {
        return List.of("--latitude.data-dir=" + dataDir, "--server.port=0", "--latitude.admin.password=crash-admin-pw",
                "--spring.main.banner-mode=off", "--logging.level.root=warn", "--latitude.judge.poll-millis=200",
                "--latitude.judge.lease-seconds=5");
    }

    @Test
    void aJobKilledMidRunResumesKeepingEveryStoredCallAndRepeatingOnlyThoseInFlight() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch crashed = new CountDownLatch(1);
        Set<String> inFlight = ConcurrentHashMap.newKeySet();
        Set<String> answeredBeforeCrash = ConcurrentHashMap.newKeySet();
        try (FakeChatServer server = new FakeChatServer(r -> {
            if (crashed.getCount() > 0) {
                if (answered.incrementAndGet() > ANSWERED_BEFORE_CRASH) {
                    // the first instance's later calls hang until it is dead, so they are in flight at the crash
                    inFlight.add(r.userText());
                    awaitQuietly(crashed);
                } else {
                    answeredBeforeCrash.add(r.userText());
                }
            }
            return new FakeChatServer.Answer("B", null, 0);
        })) {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx384m", "-cp", System.getProperty("java.class.path"), CrashedJudgeInstance.class.getName(),
                    server.baseUrl()));
            command.addAll(appArgs());
            Process first = new ProcessBuilder(command).redirectErrorStream(true).start();
            long job;
            CampaignId campaign;
            try {
                long[] ids = awaitStored(first, ANSWERED_BEFORE_CRASH, Duration.ofMinutes(3));
                job = ids[0];
                campaign = new CampaignId(ids[1]);
                // nothing more can be stored (the server holds every later call); then the process dies at once
                first.destroyForcibly();
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                first.destroyForcibly();
                crashed.countDown();
            }
            assertThat(inFlight).as("calls in flight at the crash").isNotEmpty().hasSizeLessThanOrEqualTo(4);
            Map<String, Integer> sentBeforeRestart = server.countsByMessage();
            assertThat(sentBeforeRestart.values()).containsOnly(1);

            try (SeparateApplication second = SeparateApplication.start(appArgs().toArray(String[]::new))) {
                JudgeJobs jobs = second.bean(JudgeJobs.class);
                JobProgress done = new LiveJudgeFixtures(jobs, second.bean(TestCampaigns.class))
                        .awaitEnd(job, Duration.ofSeconds(120));

                assertThat(done.status()).isEqualTo(JobStatus.DONE);
                assertThat(done.callsAnswered()).isEqualTo(60);
                Map<String, Integer> counts = server.countsByMessage();
                assertThat(counts).hasSize(60);
                assertThat(answeredBeforeCrash).hasSize(ANSWERED_BEFORE_CRASH)
                        .allSatisfy(m -> assertThat(counts.get(m)).as("a call stored before the crash").isEqualTo(1));
                counts.forEach((message, n) -> assertThat(n).as("times sent: " + message.lines().findFirst()
                        .orElse("")).isEqualTo(inFlight.contains(message) ? 2 : 1));
                ModelJudgments judgments = second.bean(ModelJudgments.class);
                assertThat(SystemIdentity.callAsSystem(() -> judgments.judgments(campaign,
                        judgments.ratersIn(campaign).getFirst().id()))).hasSize(60);
            }
        }
    }

    /** Reads the instance's reports until it has stored {@code calls} calls; returns the job and campaign ids. */
    private static long[] awaitStored(Process process, int calls, Duration limit) throws Exception {
        long[] ids = {-1, -1};
        long deadline = System.nanoTime() + limit.toNanos();
        // a watchdog: a silent, hanging instance ends the read instead of the test hanging
        Thread.ofVirtual().start(() -> {
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> other = new ArrayList<>();
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            if (!line.startsWith(CrashedJudgeInstance.PREFIX)) {
                other.add(line);
                continue;
            }
            String[] words = line.substring(CrashedJudgeInstance.PREFIX.length()).split(" ");
            if (words[0].equals("job")) {
                ids[0] = Long.parseLong(words[1]);
                ids[1] = Long.parseLong(words[3]);
            } else if (words[0].equals("answered") && Long.parseLong(words[1]) >= calls) {
                return ids;
            }
        }
        throw new AssertionError("the instance did not store " + calls + " calls in time; its output:\n"
                + String.join("\n", other.subList(Math.max(0, other.size() - 40), other.size())));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
