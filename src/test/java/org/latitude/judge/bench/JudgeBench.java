package org.latitude.judge.bench;

import org.latitude.shared.CampaignId;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.EndpointSettings;
import org.latitude.judge.JobProgress;
import org.latitude.judge.JobSettings;
import org.latitude.judge.JobStatus;
import org.latitude.judge.JudgeJobs;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportReport;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.RaterSpec;
import org.latitude.security.SystemIdentity;
import org.latitude.testsupport.BenchApplication;
import org.latitude.testsupport.FakeChatServer;
import org.latitude.testsupport.PostgresSchema;
import org.latitude.testsupport.TestCampaigns;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On-demand benchmarks of the judge module in the whole application (not part of the test suite); run with
 * {@code bench/judge.sh} (docs/benchmarks.md):
 * <pre>
 * JudgeBench import (h2|postgres) [pairs=48000] [runs=2]   principle-specific CSV, pairs × 21 rows
 * JudgeBench live (h2|postgres) [delayMs=0] [pairs=3000] [concurrency=32] [runs=2]
 * </pre>
 * {@code import} times {@code JudgmentImports.importFile} of an alignment-discretion principle CSV (check every row,
 * then store in one transaction). {@code live} times a pairwise job (2 calls per pair) against an in-process
 * chat-completions server answering after {@code delayMs}: stored calls per second from start to done.
 */
public final class JudgeBench {

    private JudgeBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "import";
        String db = args.length > 1 ? args[1] : "h2";
        Path dir = Files.createTempDirectory("latitude-judge-bench");
        PostgresSchema schema = "postgres".equals(db) ? PostgresSchema.migrated("lat_judge") : null;
        try (ConfigurableApplicationContext app = start(dir, schema)) {
            System.out.printf(Locale.ROOT, "mode %s on %s; max heap %d MiB; %d cores%n", mode, db,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            if (mode.equals("import")) {
                importBench(app, dir, intArg(args, 2, 48_000), intArg(args, 3, 2));
            } else {
                liveBench(app, intArg(args, 2, 0), intArg(args, 3, 3000), intArg(args, 4, 32), intArg(args, 5, 2));
            }
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }

    private static void importBench(ConfigurableApplicationContext app, Path dir, int pairs, int runs)
            throws Exception {
        CampaignId campaign = SystemIdentity.callAsSystem(() -> app.getBean(TestCampaigns.class)
                .activeCampaign(TaskType.PAIRWISE_PREFERENCE, pairs, 1, List.of()));
        Path file = dir.resolve("principles.csv");
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("row_id,principle_id,order,prob_A,prob_B,prob_NA,cost\n");
            for (int i = 0; i < pairs; i++) {
                for (int k = 0; k < 21; k++) {
                    double a = random.nextDouble();
                    double b = random.nextDouble() * (1 - a);
                    out.write("x-" + i + "," + k + ",0," + a + "," + b + "," + (1 - a - b) + ",0.0005\n");
                }
            }
        }
        System.out.printf(Locale.ROOT, "file: %,d rows, %,d bytes%n", pairs * 21L, Files.size(file));
        JudgmentImports imports = app.getBean(JudgmentImports.class);
        for (int run = 1; run <= runs; run++) {
            RaterSpec rater = new RaterSpec("bench-oracle-" + run, "1", "bench", "principle-ab-na", "1",
                    LocalDate.now(), "", null);
            long start = System.nanoTime();
            JudgmentImportReport report = SystemIdentity.callAsSystem(() -> imports.importFile(ImportSource.of(file),
                    new JudgmentImportRequest(campaign, JudgmentFormat.DISCRETION_PRINCIPLE_CSV, rater, "bench.csv",
                            false)));
            double s = (System.nanoTime() - start) / 1e9;
            if (report.outcome() != JudgmentImportReport.Outcome.IMPORTED) {
                throw new IllegalStateException(report.text());
            }
            System.gc();
            System.out.printf(Locale.ROOT, "run %d: %,d judgments in %.2f s (%,.0f rows/s), heap after GC %d MiB%n",
                    run, report.judgments(), s, report.judgments() / s, (Runtime.getRuntime().totalMemory()
                            - Runtime.getRuntime().freeMemory()) >> 20);
        }
    }

    private static void liveBench(ConfigurableApplicationContext app, int delayMs, int pairs, int concurrency,
                                  int runs) throws Exception {
        JudgeJobs jobs = app.getBean(JudgeJobs.class);
        TestCampaigns campaigns = app.getBean(TestCampaigns.class);
        try (FakeChatServer server = new FakeChatServer(r -> new FakeChatServer.Answer("A", null, delayMs))) {
            long endpoint = SystemIdentity.callAsSystem(() -> jobs.saveEndpoint(new EndpointSettings("bench",
                    server.baseUrl(), "bench-model", "in-process", null, null)).id());
            for (int run = 1; run <= runs; run++) {
                CampaignId campaign = SystemIdentity.callAsSystem(() -> campaigns.activeCampaign(
                        TaskType.PAIRWISE_PREFERENCE, pairs, 1, List.of()));
                JobSettings settings = new JobSettings(campaign, endpoint, "pairwise-better", "run-" + run,
                        concurrency, 0, 0, 30, 10_000_000, 1_000_000_000, 0, 1, 0, false, 0, 0);
                long start = System.nanoTime();
                long job = SystemIdentity.callAsSystem(() -> jobs.start(settings).id());
                JobProgress p;
                do {
                    Thread.sleep(20);
                    p = SystemIdentity.callAsSystem(() -> jobs.progress(job));
                } while (p.status() == JobStatus.QUEUED || p.status() == JobStatus.RUNNING);
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: %s, %,d calls stored in %.2f s = %,.1f stored calls/s "
                        + "(server delay %d ms, concurrency %d; bound %s)%n", run, p.status(), p.callsAnswered(), s,
                        p.callsAnswered() / s, delayMs, concurrency, delayMs == 0 ? "none"
                                : String.format(Locale.ROOT, "%.0f calls/s", concurrency * 1000.0 / delayMs));
            }
        }
    }

    private static ConfigurableApplicationContext start(Path dir, PostgresSchema schema) {
        return BenchApplication.start(dir, schema, "--latitude.judge.poll-millis=200",
                "--spring.datasource.hikari.maximum-pool-size=40");
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
