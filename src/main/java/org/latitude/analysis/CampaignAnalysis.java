package org.latitude.analysis;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.latitude.agreement.AnalysisOptions;
import org.latitude.agreement.RatingTable;
import org.latitude.analysis.internal.AnalysisStore;
import org.latitude.analysis.internal.CampaignInputs;
import org.latitude.analysis.internal.CampaignReader;
import org.latitude.analysis.internal.ReportAssembly;
import org.latitude.audit.AuditLog;
import org.latitude.dataset.Item;
import org.latitude.dataset.ItemCatalog;
import org.latitude.discretion.DiscretionOptions;
import org.latitude.report.Json;
import org.latitude.report.Provenance;
import org.latitude.report.ReportBundle;
import org.latitude.report.ReportDocument;
import org.latitude.report.ReportFigure;
import org.latitude.report.chart.ChartSvg;
import org.latitude.security.CurrentUser;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the analysis of a campaign and reads stored results (admins only; annotators never see agreement figures,
 * other annotators' labels or model judgments). A run reads the campaign in one read-only transaction, runs the pure
 * engines outside any transaction, and stores the report with its provenance in a second, short one. Background
 * runs go through {@link AnalysisJobs}.
 */
@Service
public class CampaignAnalysis {

    private final CampaignReader reader;
    private final ItemCatalog items;
    private final AnalysisStore store;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final int bootstrap;
    private final long budget;
    private final long seed;

    CampaignAnalysis(CampaignReader reader, ItemCatalog items, AnalysisStore store, AuditLog audit, CurrentUser currentUser, Clock clock,
                     PlatformTransactionManager transactions,
                     @Value("${latitude.analysis.bootstrap-replicates:1000}") int bootstrap,
                     @Value("${latitude.analysis.bootstrap-budget:20000000}") long budget,
                     @Value("${latitude.analysis.seed:1}") long seed) {
        this.reader = reader;
        this.items = items;
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.bootstrap = bootstrap;
        this.budget = budget;
        this.seed = seed;
    }

    /** The agreement options of a web analysis of a campaign of this many items (see {@link #replicates}). */
    public AnalysisOptions options(long items) {
        return AnalysisOptions.defaults().withBootstrap(replicates(items), seed);
    }

    /**
     * Bootstrap replicates for a campaign of this many items: the configured number (1000), fewer on a large campaign
     * so that replicates × items stays within the budget (2·10⁷ unit draws per figure), never fewer than 200. The CI
     * of a campaign of 100,000 items is narrow already; the replicates used are in the report's provenance.
     */
    public int replicates(long items) {
        if (bootstrap == 0 || items == 0) {
            return bootstrap;
        }
        return (int) Math.min(bootstrap, Math.max(Math.min(200, bootstrap), budget / items));
    }

    /** The discretion options of every web analysis: the engine's defaults with the configured seed. */
    public DiscretionOptions discretionOptions() {
        return DiscretionOptions.DEFAULTS.withSeed(seed);
    }

    /**
     * Analyses the campaign now, on this thread, and stores the result.
     *
     * @param steps     told of each step (on this thread)
     * @param cancelled polled between steps; when it answers true the run stops and nothing is stored
     * @throws AnalysisCancelledException when cancelled
     */
    @RolesAllowed("ADMIN")
    public StoredAnalysis run(CampaignId campaign, AnalysisSteps steps, BooleanSupplier cancelled) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        steps.step(AnalysisProgress.Phase.READING, "annotations and model judgments", 0, 1);
        CampaignInputs in = reader.read(campaign, cancelled);
        if (cancelled.getAsBoolean()) {
            throw new AnalysisCancelledException();
        }
        long t1 = System.nanoTime();
        long items = in.ratingsPerItem().values().stream().mapToLong(Long::longValue).sum();
        AnalysisOptions options = options(items);
        ReportDocument doc = ReportAssembly.assemble(in, options, discretionOptions(),
                Provenance.softwareVersion(CampaignAnalysis.class), steps, cancelled);
        long t2 = System.nanoTime();
        if (cancelled.getAsBoolean()) {
            throw new AnalysisCancelledException();
        }
        String figures = figures(doc);
        long t3 = System.nanoTime();
        byte[] zip = zip(doc, "Agreement report: " + in.campaign().summary().name());
        long t4 = System.nanoTime();
        String json = Json.toJson(doc.toJsonObject()) + "\n";
        String actor = currentUser.actorName();
        StoredAnalysis row = new StoredAnalysis(0, campaign.value(), in.campaign().summary().taskType().name(),
                in.document(), in.itemSetSha256(), in.inputsSha256(), Provenance.softwareVersion(
                CampaignAnalysis.class), seed, options.bootstrapReplicates(), in.campaign().settings().overlap(),
                in.campaign().settings().goldRatePercent(), in.humans().size(),
                in.humans().stream().mapToLong(CampaignInputs.Human::items).sum(), in.modelRaters().size(), started,
                clock.instant(), actor, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), 0, json);
        return writing.execute(tx -> {
            long id = store.insert(row, zip, figures);
            audit.record("analysis.run", campaign + " " + in.campaign().summary().name(), "analysis " + id + ": "
                    + row.annotators() + " annotators, " + row.annotations() + " annotations, " + row.models()
                    + " models; inputs " + in.inputsSha256().substring(0, 12));
            store.writeTime(id, ms(System.nanoTime() - t4));
            return store.find(id).orElseThrow();
        });
    }

    /**
     * The bundle ZIP of the campaign's newest stored analysis (README.txt, report.html, report.json, measures.csv,
     * the tables); each download is audited.
     */
    @RolesAllowed("ADMIN")
    public Optional<byte[]> downloadReport(CampaignId campaign) {
        Optional<StoredAnalysis> latest = store.latest(campaign.value());
        return latest.flatMap(a -> writing.execute(tx -> {
            audit.record("analysis.download", campaign.toString(), "report ZIP of analysis " + a.id() + ", inputs "
                    + a.inputsSha256().substring(0, 12));
            return store.zip(a.id());
        }));
    }

    /** The charts of the campaign's newest stored analysis, as drawn in its report.html. */
    @RolesAllowed("ADMIN")
    public List<AnalysisFigure> figures(CampaignId campaign) {
        return store.latest(campaign.value()).map(a -> AnalysisFigure.parse(store.figures(a.id()))).orElse(List.of());
    }

    /** The file name of the campaign's report ZIP. */
    public static String zipName(StoredAnalysis a) {
        return "latitude-report-campaign-" + a.campaignId() + "-analysis-" + a.id() + ".zip";
    }

    @RolesAllowed("ADMIN")
    public Optional<StoredAnalysis> latest(CampaignId campaign) {
        return store.latest(campaign.value());
    }

    /** The newest stored analysis as the page shows it. */
    @RolesAllowed("ADMIN")
    public Optional<AnalysisOverview> overview(CampaignId campaign) {
        return store.latest(campaign.value()).map(AnalysisOverview::of);
    }

    /**
     * The items raters {@code a} and {@code b} labelled differently on {@code field}, in item order, at most
     * {@code limit}: read from the current data (the campaign may have moved on since the stored analysis).
     */
    @RolesAllowed("ADMIN")
    public List<Disagreement> disagreements(CampaignId campaign, String field, String a, String b, int limit) {
        CampaignInputs in = reader.read(campaign, () -> false);
        RatingTable table = in.fields().stream().filter(f -> f.name().equals(field)).map(CampaignInputs.Field::table)
                .findFirst().orElseThrow(() -> new ValidationException("No field " + field + " in this campaign."));
        int ca = table.coderCode(a);
        int cb = table.coderCode(b);
        if (ca < 0 || cb < 0) {
            throw new ValidationException("Both raters must have rated " + field + ".");
        }
        int[][] columns = table.denseColumns();
        List<ItemId> ids = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int u = 0; u < table.unitCount() && ids.size() < Math.min(limit, 1000); u++) {
            int x = columns[ca][u];
            int y = columns[cb][u];
            if (x >= 0 && y >= 0 && x != y) {
                ids.add(new ItemId(Long.parseLong(table.unitId(u))));
                pairs.add(new int[] {x, y});
            }
        }
        Map<ItemId, String> external = items.externalIds(ids);
        List<Disagreement> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Item item = items.item(ids.get(i));
            String prompt = item.turns().isEmpty() ? "" : item.turns().getFirst().content();
            out.add(new Disagreement(ids.get(i).value(), external.get(ids.get(i)), table.valueLabel(pairs.get(i)[0]),
                    table.valueLabel(pairs.get(i)[1]), prompt));
        }
        return out;
    }

    private static byte[] zip(ReportDocument doc, String title) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
        try {
            new ReportBundle(doc, title).writeZip(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String figures(ReportDocument doc) {
        List<Object> out = new ArrayList<>();
        for (ReportFigure f : doc.content().figures()) {
            Map<String, Object> o = new java.util.LinkedHashMap<>();
            o.put("id", f.chart().id());
            o.put("title", f.chart().title());
            o.put("caption", f.caption());
            o.put("svg", ChartSvg.render(f.chart()));
            out.add(o);
        }
        return Json.toJson(out);
    }

    private static long ms(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
