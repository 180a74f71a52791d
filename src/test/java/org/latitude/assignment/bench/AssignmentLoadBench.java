package org.latitude.assignment.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.latitude.assignment.AssignmentService;
import org.latitude.assignment.Lease;
import org.latitude.assignment.NextItem;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.testsupport.LocalPostgres;
import org.latitude.testsupport.SeparateApplication;
import org.latitude.testsupport.TestUsers;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Load benchmark of assignment (run on demand: {@code bench/assignment-load.sh h2|postgres [items] [annotators]
 * [seconds] [think-ms]}): a campaign of 200,000 items with k = 3 and 50 annotators who each loop "next, then submit",
 * either as fast as they can (think 0: the saturation throughput of the two cores) or pausing a random 0.5–1.5 ×
 * think-ms between items as people do. Reports server-side latency percentiles of next, submit and the pair — service
 * calls timed in-process, so no HTTP or rendering is included.
 */
public final class AssignmentLoadBench {

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int annotators = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int thinkMs = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Path dir = Files.createTempDirectory("latitude-bench");
        String schema = db.equals("postgres") ? LocalPostgres.createSchema("lat_bench") : null;
        List<String> appArgs = new ArrayList<>(List.of("--server.port=0", "--latitude.admin.password=bench-admin-pw",
                "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.hikari.maximum-pool-size=" + (annotators + 10),
                "--latitude.assignment.sweep-interval=5m"));
        if (schema != null) {
            appArgs.addAll(List.of("--spring.datasource.url=" + LocalPostgres.urlFor(schema),
                    "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password=",
                    "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema));
        } else {
            appArgs.add("--latitude.data-dir=" + dir);
        }
        try (SeparateApplication app = SeparateApplication.start(appArgs.toArray(String[]::new))) {
            CampaignId campaign = setUp(app, dir, items, annotators);
            run(app, campaign, annotators, seconds, thinkMs);
        } finally {
            if (schema != null) {
                LocalPostgres.dropSchema(schema);
            }
        }
        System.exit(0);
    }

    private static CampaignId setUp(SeparateApplication app, Path dir, int items, int annotators) throws Exception {
        Path file = dir.resolve("items.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < items; i++) {
                out.write("{\"id\":\"b-" + i + "\",\"prompt\":\"Benchmark question number " + i
                        + "?\",\"response\":\"A benchmark answer of moderate length for item " + i + ".\"}\n");
            }
        }
        UserAccountService accounts = app.bean(UserAccountService.class);
        List<UserId> members = new ArrayList<>();
        for (int i = 0; i < annotators; i++) {
            members.add(new UserId(TestUsers.create(accounts, "bench", Role.ANNOTATOR).id()));
        }
        return SystemIdentity.callAsSystem(() -> {
            long t0 = System.nanoTime();
            var report = app.bean(DatasetService.class).importFile(ImportSource.of(file),
                    new ImportRequest("bench " + items, ImportFormat.GENERIC_JSONL, "items.jsonl"), ImportListener.NONE);
            System.out.printf("import of %,d exchanges: %.1f s (imported=%s)%n", items,
                    (System.nanoTime() - t0) / 1e9, report.imported());
            long taxonomy = app.bean(TaxonomyService.class).installPreset("aegis-2.0.json").id();
            CampaignService campaigns = app.bean(CampaignService.class);
            CampaignId id = campaigns.create(new CampaignSettings("bench", "", "", new SafetyLabelTask(taxonomy),
                    List.of(report.datasetId()), 3, NeedsCautionPolicy.OWN_VALUE, 30, null, 0, java.util.Set.of(),
                    false, null)).id();
            campaigns.setMembers(id, members);
            long t1 = System.nanoTime();
            campaigns.activate(id);
            System.out.printf("activation (pool of %,d items): %.1f s%n", items, (System.nanoTime() - t1) / 1e9);
            return id;
        });
    }

    private static void run(SeparateApplication app, CampaignId campaign, int annotators, int seconds, int thinkMs)
            throws Exception {
        AssignmentService assignments = app.bean(AssignmentService.class);
        UserDetailsService users = app.bean(UserDetailsService.class);
        List<UserSummary> all = SystemIdentity.callAsSystem(() -> app.bean(UserAccountService.class).listUsers())
                .stream().filter(u -> u.username().startsWith("bench")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(annotators);
        long[][] next = new long[annotators][];
        long[][] submit = new long[annotators][];
        CountDownLatch done = new CountDownLatch(annotators);
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long stopAt = warmUntil + TimeUnit.SECONDS.toNanos(seconds);
        for (int t = 0; t < annotators; t++) {
            int me = t;
            pool.submit(() -> {
                TestUsers.signIn(users, all.get(me).username());
                java.util.Random random = new java.util.Random(me);
                long[] n = new long[1 << 20];
                long[] s = new long[1 << 20];
                int count = 0;
                try {
                    while (System.nanoTime() < stopAt) {
                        long a = System.nanoTime();
                        NextItem item = assignments.next(campaign);
                        long b = System.nanoTime();
                        if (!(item instanceof NextItem.Assigned(Lease lease))) {
                            break;
                        }
                        assignments.complete(lease.assignmentId());
                        long c = System.nanoTime();
                        if (a > warmUntil && count < n.length) {
                            n[count] = b - a;
                            s[count++] = c - b;
                        }
                        if (thinkMs > 0) {
                            Thread.sleep((long) (thinkMs * (0.5 + random.nextDouble())));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    next[me] = Arrays.copyOf(n, count);
                    submit[me] = Arrays.copyOf(s, count);
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        long[] allNext = Arrays.stream(next).flatMapToLong(Arrays::stream).sorted().toArray();
        long[] allSubmit = Arrays.stream(submit).flatMapToLong(Arrays::stream).sorted().toArray();
        long[] pairs = new long[allNext.length];
        int k = 0;
        for (int t = 0; t < annotators; t++) {
            for (int i = 0; i < next[t].length; i++) {
                pairs[k++] = next[t][i] + submit[t][i];
            }
        }
        Arrays.sort(pairs);
        System.out.printf("%d annotators, think %d ms, %d s measured after 10 s warm-up: %,d next+submit (%.0f per "
                + "second)%n", annotators, thinkMs, seconds, allNext.length, allNext.length / (double) seconds);
        print("next", allNext);
        print("submit", allSubmit);
        print("next+submit", pairs);
    }

    private static void print(String what, long[] sorted) {
        if (sorted.length == 0) {
            System.out.println(what + ": no samples");
            return;
        }
        System.out.printf("%-12s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %7.1f ms%n", what,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }
}
