package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportProgress;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.dataset.Item;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ItemSummary;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import org.latitude.shared.ItemId;
import org.latitude.shared.ValidationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Storage of imported items on a real database (the Flyway schema, plain JDBC, one transaction per import as the
 * service runs it). Subclasses run the same tests on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ItemStorageContract {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JdbcTemplate jdbc;
    private TransactionTemplate tx;
    private DatasetImporter importer;
    private ItemQueries items;

    /** A migrated, empty database for this class. */
    abstract DataSource dataSource();

    @BeforeAll
    void connect() {
        DataSource ds = dataSource();
        jdbc = new JdbcTemplate(ds);
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        importer = new DatasetImporter(jdbc, new DatasetStore(jdbc), ImportLimits.defaults(), Clock.systemUTC());
        items = new ItemQueries(jdbc);
    }

    private ImportReport importFile(ImportSource source, ImportFormat format) {
        ImportRequest request = new ImportRequest("storage-" + NAMES.incrementAndGet(), format, "test.jsonl");
        return importRequested(source, request);
    }

    private ImportReport importRequested(ImportSource source, ImportRequest request) {
        TaxonomyResolvers taxonomies = key -> java.util.Optional.ofNullable(switch (key) {
            case "aegis-2.0" -> Scans.AEGIS;
            case "openai-moderation" -> Scans.OPENAI;
            default -> null;
        });
        return tx.execute(s -> importer.importFile(source, request, taxonomies, "tester", ImportListener.NONE));
    }

    private List<String> externalIds(long datasetId) {
        return items.itemIds(datasetId).stream().map(id -> items.item(id).orElseThrow().externalId()).toList();
    }

    @Test
    void reimportingAFileWithoutIdsFindsTheSameFileAndLineIds() throws Exception {
        byte[] file = "{\"prompt\": \"a\", \"S\": 0}\n\n{\"prompt\": \"b\", \"S\": 1}\n"
                .getBytes(StandardCharsets.UTF_8);
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(file)).substring(0, 12);
        ImportReport first = importFile(ImportSource.of(file), ImportFormat.OPENAI_MODERATION_JSONL);
        ImportReport again = importFile(ImportSource.of(file), null);

        assertThat(first.imported()).as(first.text()).isTrue();
        assertThat(again.format()).isEqualTo(ImportFormat.OPENAI_MODERATION_JSONL);
        assertThat(externalIds(first.datasetId())).containsExactly(hash + "-L1", hash + "-L3");
        assertThat(externalIds(again.datasetId())).isEqualTo(externalIds(first.datasetId()));
    }

    @Test
    void contentHashIdsStoreEachContentOnceAndTheReportSaysHowManyWereLeftOut() {
        String text = "{\"id\": \"1\", \"prompt\": \"same\"}\n{\"id\": \"2\", \"prompt\": \"other\"}\n"
                + "{\"id\": \"3\", \"prompt\": \"same\"}\n";
        ImportRequest request = new ImportRequest("storage-" + NAMES.incrementAndGet(), ImportFormat.GENERIC_JSONL,
                "dupes.jsonl", org.latitude.dataset.IdRule.CONTENT_HASH);
        ImportReport report = importRequested(ImportSource.of(text.getBytes(StandardCharsets.UTF_8)), request);

        assertThat(report.imported()).as(report.text()).isTrue();
        assertThat(report.items()).isEqualTo(2);
        assertThat(report.duplicatesSkipped()).isEqualTo(1);
        assertThat(report.text()).endsWith("1 duplicate row was left out (same content as an earlier row). "
                + "Ids: Content hash (deduplicate).");
        List<ItemId> ids = items.itemIds(report.datasetId());
        assertThat(ids).extracting(id -> items.item(id).orElseThrow().sourceMetadata())
                .containsExactly("{\"source_id\":\"1\"}", "{\"source_id\":\"2\"}");
        assertThat(externalIds(report.datasetId())).allMatch(id -> id.matches("c-[0-9a-f]{16}"));
    }

    @Test
    void aPresetWhoseTaxonomyIsNotInstalledIsRefusedNamingIt() {
        ImportReport report = importText("release_prompt_id,prompt_text,hazard\na,p,vcr\n",
                ImportFormat.AILUMINATE_CSV);

        assertThat(report.imported()).isFalse();
        assertThat(report.text()).contains("File: the MLCommons AILuminate v1.0 taxonomy (key "
                + "mlcommons-ailuminate-1.0) is not installed");
    }

    private ImportReport importText(String text, ImportFormat format) {
        return importFile(ImportSource.of(text.getBytes(StandardCharsets.UTF_8)), format);
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void hostileContentRoundTripsExactly() throws IOException {
        byte[] fixture;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/hostile-items.jsonl")) {
            fixture = in.readAllBytes();
        }
        ImportReport report = importFile(ImportSource.of(fixture), ImportFormat.GENERIC_JSONL);
        assertThat(report.imported()).as(report.text()).isTrue();

        List<ItemId> ids = items.itemIds(report.datasetId());
        List<String> lines = new String(fixture, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        assertThat(ids).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            Item item = items.item(ids.get(i)).orElseThrow();
            assertThat(item.externalId()).isEqualTo(row.get("id").stringValue());
            assertThat(item.prompt()).contains(row.get("prompt").stringValue());
            JsonNode response = row.get("response");
            assertThat(item.response().orElse(null)).isEqualTo(response.isNull() ? null : response.stringValue());
            assertThat(JSON.readTree(item.sourceMetadata()).get("marker").stringValue())
                    .isEqualTo(row.get("marker").stringValue());
        }
    }

    @Test
    void longContentAndAstralCharactersRoundTrip() {
        String longText = "🧪\u202Eabc\u200D👩‍💻".repeat(30_000);
        var row = JSON.createObjectNode().put("id", "long").put("prompt", longText).put("response", "ok");
        ImportReport report = importText(JSON.writeValueAsString(row) + "\n", ImportFormat.GENERIC_JSONL);

        Item item = items.item(items.itemIds(report.datasetId()).getFirst()).orElseThrow();
        assertThat(item.prompt()).contains(longText);
    }

    @Test
    void aRejectedImportStoresNothing() {
        long datasets = rows("dataset");
        long stored = rows("item");
        ImportReport report = importText("{\"id\": \"1\", \"prompt\": \"ok\"}\n{\"id\": \"2\", \"prompt\": \"a\\u0000b\"}\n",
                ImportFormat.GENERIC_JSONL);

        assertThat(report.imported()).isFalse();
        assertThat(report.problems().getFirst().reason()).contains("U+0000");
        assertThat(rows("dataset")).isEqualTo(datasets);
        assertThat(rows("item")).isEqualTo(stored);
    }

    @Test
    void aFileThatChangesBetweenThePassesRollsBackEverything() {
        long stored = rows("item");
        long datasets = rows("dataset");
        AtomicInteger reads = new AtomicInteger();
        ImportSource changing = new ImportSource() {
            @Override
            public InputStream open() {
                String id = reads.incrementAndGet() == 1 ? "first" : "second";
                return new ByteArrayInputStream(("{\"id\": \"a\", \"prompt\": \"p\"}\n{\"id\": \"" + id
                        + "\", \"prompt\": \"q\"}\n").getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public long size() {
                return -1;
            }
        };

        assertThatThrownBy(() -> importFile(changing, ImportFormat.GENERIC_JSONL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("changed");
        assertThat(rows("item")).isEqualTo(stored);
        assertThat(rows("dataset")).isEqualTo(datasets);
    }

    @Test
    void storesPairsAndReferenceLabelsInFileOrder() {
        ImportReport report = importText("{\"id\": \"x\", \"prompt\": \"P\", \"response\": \"R\", \"prompt_label\": "
                + "\"unsafe\", \"response_label\": \"safe\", \"violated_categories\": \"Violence\"}\n",
                ImportFormat.AEGIS_JSONL);
        ItemId id = items.itemIds(report.datasetId()).getFirst();
        assertThat(items.referenceLabels(id)).containsExactly(
                new ReferenceLabel("aegis-2.0", "prompt_label", "unsafe"),
                new ReferenceLabel("aegis-2.0", "response_label", "safe"),
                new ReferenceLabel("aegis-2.0", "category", "violence"));

        ImportReport pairs = importText("{\"id\": \"p\", \"messages\": [{\"role\": \"system\", \"content\": \"S\"}, "
                + "{\"role\": \"user\", \"content\": \"U\"}], \"response_a\": \"A\", \"response_b\": \"B\"}\n",
                ImportFormat.GENERIC_JSONL);
        Item pair = items.item(items.itemIds(pairs.datasetId()).getFirst()).orElseThrow();
        assertThat(pair.kind()).isEqualTo(ItemKind.PAIR);
        assertThat(pair.turns()).containsExactly(new Turn(TurnRole.SYSTEM, "S"), new Turn(TurnRole.USER, "U"));
        assertThat(pair.responseA()).isEqualTo("A");
        assertThat(pair.responseB()).isEqualTo("B");
        assertThat(items.countsByKind(pairs.datasetId())).containsEntry(ItemKind.PAIR, 1L)
                .containsEntry(ItemKind.EXCHANGE, 0L);
    }

    @Test
    void browsesInFileOrderAndSearchesIdsAndContentIgnoringCaseAndWildcards() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 2500; i++) {
            text.append("{\"id\": \"row-").append(i).append("\", \"prompt\": \"Prompt ").append(i)
                    .append(i == 1234 ? " mentions the Needle_% here" : "").append("\"}\n");
        }
        ImportReport report = importText(text.toString(), ImportFormat.GENERIC_JSONL);
        long dataset = report.datasetId();

        assertThat(items.count(dataset, null)).isEqualTo(2500);
        List<ItemSummary> page = items.browse(dataset, "", 1000, 3);
        assertThat(page).extracting(ItemSummary::externalId).containsExactly("row-1001", "row-1002", "row-1003");
        assertThat(items.browse(dataset, "needle_%", 0, 10)).extracting(ItemSummary::externalId)
                .containsExactly("row-1234");
        assertThat(items.count(dataset, "NEEDLE")).isEqualTo(1);
        assertThat(items.count(dataset, "needle__")).isZero();
        assertThat(items.count(dataset, "ROW-250")).isEqualTo(2);
        List<ItemId> ids = items.itemIds(dataset);
        assertThat(ids).hasSize(2500).isSorted();
    }

    @Test
    void deletingADatasetRemovesItsItemsTurnsAndLabels() {
        ImportReport report = importText("{\"id\": \"d\", \"prompt\": \"P\", \"prompt_label\": \"safe\"}\n",
                ImportFormat.AEGIS_JSONL);
        ItemId item = items.itemIds(report.datasetId()).getFirst();
        tx.executeWithoutResult(s -> new DatasetStore(jdbc).delete(report.datasetId()));

        assertThat(items.item(item)).isEmpty();
        assertThat(items.referenceLabels(item)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from item_turn where item_id = ?", Long.class, item.value()))
                .isZero();
    }

    @Test
    void reportsProgressOfBothPassesEndingWithEveryItemStored() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2500; i++) {
            text.append("{\"id\": \"").append(i).append("\", \"prompt\": \"p\"}\n");
        }
        List<ImportProgress> seen = new java.util.ArrayList<>();
        ImportRequest request = new ImportRequest("storage-" + NAMES.incrementAndGet(), null, "progress.jsonl");
        tx.execute(s -> importer.importFile(ImportSource.of(text.toString().getBytes(StandardCharsets.UTF_8)),
                request, TaxonomyResolvers.NONE, "tester", seen::add));

        assertThat(seen).extracting(ImportProgress::phase).startsWith(ImportProgress.Phase.CHECKING)
                .contains(ImportProgress.Phase.STORING).endsWith(ImportProgress.Phase.DONE);
        assertThat(seen).extracting(ImportProgress::itemsStored).isSorted();
        assertThat(seen.getLast().itemsStored()).isEqualTo(2500);
        assertThat(seen.getLast().fraction()).isEqualTo(1.0);
    }

    @Test
    void anAegisFileNeedsTheAegisTaxonomy() {
        ImportRequest request = new ImportRequest("storage-" + NAMES.incrementAndGet(), ImportFormat.AEGIS_JSONL, "a");
        ImportReport report = tx.execute(s -> importer.importFile(ImportSource.of(
                "{\"id\": \"1\", \"prompt\": \"P\", \"prompt_label\": \"safe\"}\n".getBytes(StandardCharsets.UTF_8)),
                request, TaxonomyResolvers.NONE, "tester", ImportListener.NONE));

        assertThat(report.imported()).isFalse();
        assertThat(report.text()).contains("File: the Aegis 2.0 taxonomy (key aegis-2.0) is not installed");
    }

    /** Guards the H2 2.4.240 regression where IN (...) checks fail in sessions other than the one that made them. */
    @Test
    void theSchemaRefusesAnUnknownKindFromANewSession() {
        ImportReport report = importText("{\"id\": \"k\", \"prompt\": \"P\"}\n", ImportFormat.GENERIC_JSONL);
        ItemId id = items.itemIds(report.datasetId()).getFirst();

        assertThatThrownBy(() -> jdbc.update("update item set kind = 'BOGUS' where id = ?", id.value()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageNotContaining("has been closed");
        assertThat(jdbc.update("update item set kind = 'EXCHANGE' where id = ?", id.value())).isEqualTo(1);
    }

    @Test
    void refusesATakenNameIgnoringCase() {
        ImportReport first = importText("{\"id\": \"1\", \"prompt\": \"P\"}\n", ImportFormat.GENERIC_JSONL);
        ImportRequest again = new ImportRequest(first.datasetName().toUpperCase(), ImportFormat.GENERIC_JSONL, "f");

        assertThatThrownBy(() -> tx.execute(s -> importer.importFile(ImportSource.of(new byte[] {'x'}), again,
                TaxonomyResolvers.NONE, "tester", ImportListener.NONE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already exists");
    }
}
