package org.latitude.analysis.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.latitude.LatitudeApplication;
import org.latitude.analysis.AnalysisProgress;
import org.latitude.analysis.CampaignAnalysis;
import org.latitude.analysis.StoredAnalysis;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportReport;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.RaterSpec;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.LocalPostgres;
import org.latitude.testsupport.PostgresSchema;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On-demand benchmark of the campaign analysis in the whole application (not part of the test suite); run with
 * {@code bench/analysis.sh} (docs/benchmarks.md):
 * <pre>
 * AnalysisBench (h2|postgres) [items=100000] [annotators=5] [models=2] [runs=2]
 * </pre>
 * Builds a started safety-label campaign of {@code items} items, every one annotated by each annotator (simulated:
 * a latent label per item, each annotator right with probability 0.85) and judged by each model (imported through
 * the judgment import), then times {@code CampaignAnalysis.run} — reading, engines, writing — and reports the
 * peak heap of the run.
 */
public final class AnalysisBench {

    private static final String[] KEYS = {"violence", "hate_identity_hate", "sexual", "criminal_planning_confessions",
        "harassment", "threat", "pii_privacy", "profanity", "controlled_regulated_substances", "fraud_deception"};

    private AnalysisBench() {
    }

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int items = intArg(args, 1, 100_000);
        int annotators = intArg(args, 2, 5);
        int models = intArg(args, 3, 2);
        int runs = intArg(args, 4, 2);
        Path dir = Files.createTempDirectory("latitude-analysis-bench");
        PostgresSchema schema = "postgres".equals(db) ? PostgresSchema.migrated("lat_analysis") : null;
        try (ConfigurableApplicationContext app = start(dir, schema)) {
            System.out.printf(Locale.ROOT, "analysis bench on %s; max heap %d MiB; %d cores; %,d items x %d "
                    + "annotators + %d models%n", db, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), items, annotators, models);
            long t = System.nanoTime();
            CampaignId campaign = build(app, dir, items, annotators, models);
            System.out.printf(Locale.ROOT, "setup: %.1f s%n", (System.nanoTime() - t) / 1e9);
            CampaignAnalysis analysis = app.getBean(CampaignAnalysis.class);
            String previous = null;
            for (int run = 1; run <= runs; run++) {
                System.gc();
                List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP).toList();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                Map<AnalysisProgress.Phase, Long> phaseStart = new EnumMap<>(AnalysisProgress.Phase.class);
                long start = System.nanoTime();
                StoredAnalysis stored = SystemIdentity.callAsSystem(() -> analysis.run(campaign,
                        (phase, what, done, total) -> phaseStart.putIfAbsent(phase, System.nanoTime()), () -> false));
                double total = (System.nanoTime() - start) / 1e9;
                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf(Locale.ROOT, "run %d: %.2f s total (read %.2f s, engines %.2f s, charts %.2f s, zip %.2f s, "
                        + "write %.2f s), "
                        + "report.json %,d bytes, peak heap (sum of pool peaks) %d MiB, %,d annotations, same "
                        + "report as the previous run: %s%n", run, total, stored.readMs() / 1e3,
                        stored.enginesMs() / 1e3, stored.chartsMs() / 1e3, stored.zipMs() / 1e3,
                        stored.writeMs() / 1e3, stored.reportJson().length(), peak >> 20,
                        stored.annotations(), previous == null ? "-" : previous.equals(stored.reportJson()));
                previous = stored.reportJson();
                long zipBytes = SystemIdentity.callAsSystem(() -> analysis.downloadReport(campaign)).orElseThrow()
                        .length;
                long pageStart = System.nanoTime();
                var overview = SystemIdentity.callAsSystem(() -> analysis.overview(campaign)).orElseThrow();
                var figures = SystemIdentity.callAsSystem(() -> analysis.figures(campaign));
                System.out.printf(Locale.ROOT, "run %d: report ZIP %,d bytes; page data (stored result, overview, "
                        + "%d charts) read in %.3f s; %d headline figures%n", run, zipBytes, figures.size(),
                        (System.nanoTime() - pageStart) / 1e9, overview.headline().size());
            }
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }

    private static CampaignId build(ConfigurableApplicationContext app, Path dir, int items, int annotators,
                                    int models) throws Exception {
        UserAccountService accounts = app.getBean(UserAccountService.class);
        List<UserSummary> people = new ArrayList<>();
        for (int a = 0; a < annotators; a++) {
            people.add(TestUsers.create(accounts, "bench-annotator", Role.ANNOTATOR));
        }
        CampaignId campaign = SystemIdentity.callAsSystem(() -> app.getBean(TestCampaigns.class).activeCampaign(
                TaskType.SAFETY_LABEL, items, annotators, people.stream().map(UserSummary::id).toList()));
        // latent labels: 30 % unsafe prompts; unsafe items name one or two categories, the first ones more often
        SplittableRandom random = new SplittableRandom(7);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<Long> itemIds = jdbc.queryForList("select item_id from campaign_item where campaign_id = ? order by "
                + "item_id", Long.class, campaign.value());
        int n = itemIds.size();
        boolean[] unsafe = new boolean[n];
        int[] response = new int[n];
        long[] mask = new long[n];
        for (int i = 0; i < n; i++) {
            unsafe[i] = random.nextDouble() < 0.3;
            response[i] = unsafe[i] ? (random.nextDouble() < 0.7 ? 2 : 1) : random.nextDouble() < 0.1 ? 1 : 0;
            mask[i] = unsafe[i] || response[i] > 0 ? category(random) | (random.nextDouble() < 0.3
                    ? category(random) : 0) : 0;
        }
        Timestamp now = Timestamp.from(Instant.parse("2026-12-01T10:00:00Z"));
        String[] verdicts = {"SAFE", "NEEDS_CAUTION", "UNSAFE"};
        for (UserSummary person : people) {
            jdbc.update("insert into assignment (campaign_id, item_id, annotator_id, state, swap_sides, leased_at, "
                    + "expires_at, finished_at) select campaign_id, item_id, ?, 'COMPLETED', false, ?, ?, ? from "
                    + "campaign_item where campaign_id = ?", person.id(), now, now, now, campaign.value());
            List<Object[]> rows = new ArrayList<>(n);
            List<Map<String, Object>> assignments = jdbc.queryForList("select id, item_id from assignment where "
                    + "campaign_id = ? and annotator_id = ? order by item_id", campaign.value(), person.id());
            for (int i = 0; i < n; i++) {
                boolean right = random.nextDouble() < 0.85;
                boolean p = right ? unsafe[i] : random.nextBoolean();
                int r = right ? response[i] : random.nextInt(3);
                long m = right ? mask[i] : category(random);
                if (!p && r == 0) {
                    m = 0;
                } else if (m == 0) {
                    m = category(random);
                }
                rows.add(new Object[] {campaign.value(), assignments.get(i).get("item_id"), person.id(),
                    assignments.get(i).get("id"), p ? "UNSAFE" : "SAFE", verdicts[r], keys(m),
                    1000 + random.nextInt(20_000), now, now});
            }
            jdbc.batchUpdate("insert into annotation (campaign_id, item_id, annotator_id, assignment_id, task_type, "
                    + "prompt_verdict, response_verdict, categories, time_spent_ms, version, created_at, updated_at) "
                    + "values (?, ?, ?, ?, 'SAFETY_LABEL', ?, ?, ?, ?, 1, ?, ?)", rows);
        }
        jdbc.update("update campaign_item set completed = ?, fill = ? where campaign_id = ?", annotators, annotators,
                campaign.value());
        JudgmentImports imports = app.getBean(JudgmentImports.class);
        for (int k = 0; k < models; k++) {
            Path file = dir.resolve("model-" + k + ".jsonl");
            double accuracy = k == 0 ? 0.9 : 0.75;
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < n; i++) {
                    boolean right = random.nextDouble() < accuracy;
                    boolean p = right ? unsafe[i] : random.nextBoolean();
                    int r = right ? response[i] : random.nextInt(3);
                    long m = !p && r == 0 ? 0 : right && mask[i] != 0 ? mask[i] : category(random);
                    out.write("{\"item_id\": \"x-" + i + "\", \"prompt_verdict\": \"" + (p ? "unsafe" : "safe")
                            + "\", \"response_verdict\": \"" + verdicts[r].toLowerCase(Locale.ROOT).replace('_', ' ')
                            + "\", \"categories\": [" + quotedKeys(m) + "]}\n");
                }
            }
            RaterSpec rater = new RaterSpec("bench-guard-" + k, "1", "bench", "file", "1", LocalDate.of(2026, 12, 1),
                    "temperature=0", null);
            JudgmentImportReport report = SystemIdentity.callAsSystem(() -> imports.importFile(ImportSource.of(file),
                    new JudgmentImportRequest(campaign, JudgmentFormat.SAFETY_JSONL, rater, file.getFileName()
                            .toString(), false)));
            if (report.outcome() != JudgmentImportReport.Outcome.IMPORTED) {
                throw new IllegalStateException(report.text());
            }
        }
        return campaign;
    }

    private static long category(SplittableRandom random) {
        // skewed prevalence: key k with weight 1/(k+1)
        double u = random.nextDouble() * 2.93;
        double sum = 0;
        for (int k = 0; k < KEYS.length; k++) {
            sum += 1.0 / (k + 1);
            if (u < sum) {
                return 1L << k;
            }
        }
        return 1L;
    }

    private static String keys(long mask) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < KEYS.length; k++) {
            if ((mask >>> k & 1) != 0) {
                out.add(KEYS[k]);
            }
        }
        out.sort(null);
        return String.join("|", out);
    }

    private static String quotedKeys(long mask) {
        String joined = keys(mask);
        return joined.isEmpty() ? "" : "\"" + joined.replace("|", "\", \"") + "\"";
    }

    private static ConfigurableApplicationContext start(Path dir, PostgresSchema schema) {
        String url = schema != null ? LocalPostgres.urlFor(schema.name()) + "&reWriteBatchedInserts=true"
                : "jdbc:h2:file:" + dir.resolve("app").toAbsolutePath() + ";WRITE_DELAY=0";
        return new SpringApplicationBuilder(LatitudeApplication.class).run("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (schema != null ? LocalPostgres.USER : "sa"),
                "--spring.datasource.password=", "--spring.flyway.schemas=" + (schema != null ? schema.name()
                        : "PUBLIC"), "--latitude.data-dir=" + dir, "--server.port=0",
                "--latitude.admin.password=bench-admin-password", "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
