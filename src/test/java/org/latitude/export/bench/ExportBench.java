package org.latitude.export.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.latitude.LatitudeApplication;
import org.latitude.campaign.TaskType;
import org.latitude.export.CampaignExports;
import org.latitude.export.ExportFormat;
import org.latitude.export.ExportSummary;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On-demand benchmark of the exports (not part of the test suite); run with {@code bench/export.sh} (docs/benchmarks.md,
 * "Exports"). Builds a safety-label campaign of {@code items} items × {@code annotators} annotators in the whole
 * application on H2 (items imported through the dataset importer, annotations inserted in bulk by SQL), then times
 * each export written to a byte-counting sink, with the old generation's peak during the export (reset after a
 * full GC before each run: what survived young collections, i.e. what the export retained) and the heap after a
 * full GC. The JVM's -Xmx bounds everything else: an export that held the campaign would fail with it.
 * <pre>ExportBench [items=100000] [annotators=5] [formats=AEGIS_CONSENSUS_JSONL,SAFETY_LONG_CSV,…]</pre>
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int annotators = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<ExportFormat> formats = args.length > 2
                ? java.util.Arrays.stream(args[2].split(",")).map(ExportFormat::valueOf).toList()
                : List.of(ExportFormat.AEGIS_CONSENSUS_JSONL, ExportFormat.SAFETY_LONG_CSV,
                ExportFormat.SAFETY_LONG_JSONL, ExportFormat.SAFETY_HUGGING_FACE);
        Path dir = Files.createTempDirectory("latitude-export-bench");
        try (ConfigurableApplicationContext app = start(dir)) {
            System.out.printf(Locale.ROOT, "max heap %d MiB; %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            UserAccountService accounts = app.getBean(UserAccountService.class);
            List<UserSummary> users = new ArrayList<>();
            for (int a = 0; a < annotators; a++) {
                users.add(TestUsers.create(accounts, "bench", Role.ANNOTATOR));
            }
            CampaignId campaign = SystemIdentity.callAsSystem(() -> app.getBean(TestCampaigns.class)
                    .activeCampaign(TaskType.SAFETY_LABEL, items, annotators,
                            users.stream().map(UserSummary::id).toList()));
            long annotations = fill(app.getBean(JdbcTemplate.class), campaign, users);
            System.out.printf(Locale.ROOT, "setup: %,d items, %,d annotations in %.1f s%n", items, annotations,
                    (System.nanoTime() - t0) / 1e9);
            CampaignExports exports = app.getBean(CampaignExports.class);
            for (ExportFormat format : formats) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                Counting sink = new Counting();
                long start = System.nanoTime();
                ExportSummary summary = SystemIdentity.callAsSystem(() -> {
                    try {
                        return exports.write(campaign, format, sink);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                double s = (System.nanoTime() - start) / 1e9;
                long oldPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.gc();
                long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
                System.out.printf(Locale.ROOT, "%-22s %,11d records %,13d bytes in %6.2f s (%,9.0f annotations/s); "
                                + "old-generation peak %d MiB, heap after GC %d MiB%n", format,
                        summary.records(), sink.bytes, s, annotations / s, oldPeak >> 20, after >> 20);
            }
        }
    }

    /** Inserts one completed assignment and one annotation per item × annotator, in batches of 5,000. */
    private static long fill(JdbcTemplate jdbc, CampaignId campaign, List<UserSummary> users) {
        List<Long> itemIds = jdbc.queryForList("select item_id from campaign_item where campaign_id = ? "
                + "order by item_id", Long.class, campaign.value());
        String[] categories = {"violence", "threat", "hate_identity_hate", "profanity", "criminal_planning_confessions"};
        SplittableRandom random = new SplittableRandom(500_000);
        Timestamp now = Timestamp.from(Instant.parse("2026-12-04T00:00:00Z"));
        long next = 50_000_000L;
        List<Object[]> assignments = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        long count = 0;
        for (long item : itemIds) {
            for (UserSummary user : users) {
                long id = next++;
                assignments.add(new Object[] {id, campaign.value(), item, user.id(), now, now, now});
                boolean unsafe = random.nextDouble() < 0.3;
                String response = unsafe ? (random.nextDouble() < 0.2 ? "NEEDS_CAUTION" : "UNSAFE") : "SAFE";
                String cats = unsafe ? categories[random.nextInt(categories.length)] : "";
                rows.add(new Object[] {campaign.value(), item, user.id(), id, unsafe ? "UNSAFE" : "SAFE",
                    response.equals("NEEDS_CAUTION") && !unsafe ? "SAFE" : response, cats,
                    random.nextDouble() < 0.1 ? "=HYPERLINK(\"x\")" : null, 1_000 + random.nextInt(60_000), now,
                    now});
                count++;
                if (rows.size() == 5_000) {
                    flush(jdbc, assignments, rows);
                }
            }
        }
        flush(jdbc, assignments, rows);
        return count;
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> assignments, List<Object[]> rows) {
        jdbc.batchUpdate("insert into assignment (id, campaign_id, item_id, annotator_id, state, swap_sides, "
                + "leased_at, expires_at, finished_at) values (?, ?, ?, ?, 'COMPLETED', false, ?, ?, ?)", assignments);
        jdbc.batchUpdate("insert into annotation (campaign_id, item_id, annotator_id, assignment_id, task_type, "
                + "prompt_verdict, response_verdict, categories, rationale, time_spent_ms, version, created_at, "
                + "updated_at) values (?, ?, ?, ?, 'SAFETY_LABEL', ?, ?, ?, ?, ?, 1, ?, ?)", rows);
        assignments.clear();
        rows.clear();
    }

    /** Counts what the export writes and keeps nothing. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(LatitudeApplication.class).run("--spring.datasource.url=jdbc:h2:file:"
                        + dir.resolve("app").toAbsolutePath() + ";WRITE_DELAY=0", "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--latitude.data-dir=" + dir, "--server.port=0",
                "--latitude.admin.password=bench-admin-password", "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
    }
}
