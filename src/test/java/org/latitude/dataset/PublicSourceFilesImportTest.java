package org.latitude.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.latitude.security.SystemIdentity;
import org.latitude.shared.ItemId;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.SharedFixtures;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two public files of issue 17 that were refused before the source presets, imported whole through the service
 * with their format detected: the OpenAI moderation evaluation set (Markov et al. 2022) and the MLCommons AILuminate
 * v1.0 demo prompt set. Read from {@code ../shared/datasets}; skipped with a message when it is absent.
 */
@LatitudeSpringTest
class PublicSourceFilesImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPENAI = "datasets/openai-moderation-api-release/samples-1680.jsonl.gz";
    private static final String AILUMINATE =
            "datasets/ailuminate-v1.0-demo/airr_official_1.0_demo_en_us_prompt_set_release.csv";

    @Autowired
    DatasetService datasets;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    TaxonomyService taxonomies;

    private TaxonomyDetails installed(String key) {
        return SystemIdentity.callAsSystem(() -> {
            taxonomies.presets().stream().filter(p -> p.key().equals(key) && !p.installed())
                    .forEach(p -> taxonomies.installPreset(p.fileName()));
            return taxonomies.details(taxonomies.versions().stream().filter(v -> v.taxonomyKey().equals(key))
                    .findFirst().orElseThrow().versionId());
        });
    }

    private ImportReport importDetected(Path file) {
        return SystemIdentity.callAsSystem(() -> datasets.importFile(ImportSource.of(file),
                new ImportRequest(TestUsers.uniqueName("public"), null, file.getFileName().toString()),
                ImportListener.NONE));
    }

    /** Reference category counts of a dataset's items under one judgment, by category key. */
    private Map<String, Long> categoryCounts(long datasetId, String judgment) {
        return SystemIdentity.callAsSystem(() -> {
            Map<String, Long> counts = new TreeMap<>();
            for (ItemId id : catalog.itemIds(datasetId)) {
                catalog.referenceLabels(id).stream()
                        .filter(l -> l.judgment().equals(judgment) && l.field().equals("category"))
                        .forEach(l -> counts.merge(l.value(), 1L, Long::sum));
            }
            return counts;
        });
    }

    @Test
    void openAiModerationSamplesImportAs1680PromptsWhoseReferenceCategoriesCountLikeTheFlags() throws IOException {
        Path file = SharedFixtures.require(OPENAI);
        TaxonomyDetails taxonomy = installed("openai-moderation");
        Map<String, Long> flagged = new TreeMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            lines.lines().map(JSON::readTree).forEach(row -> row.properties().forEach(e -> {
                if (!e.getKey().equals("prompt") && e.getValue().asInt() == 1) {
                    flagged.merge(taxonomy.resolve(e.getKey()).orElseThrow().key(), 1L, Long::sum);
                }
            }));
        }

        ImportReport report = importDetected(file);

        assertThat(report.imported()).as(report.text()).isTrue();
        assertThat(report.format()).isEqualTo(ImportFormat.OPENAI_MODERATION_JSONL);
        assertThat(report.exchanges()).isEqualTo(1680);
        assertThat(report.pairs()).isZero();
        List<ItemId> ids = SystemIdentity.callAsSystem(() -> catalog.itemIds(report.datasetId()));
        Item first = SystemIdentity.callAsSystem(() -> catalog.item(ids.getFirst()));
        assertThat(first.turns()).hasSize(1);
        assertThat(first.response()).isEmpty();
        // the positives the release's README states: S 237, H 162, V 94, HR 76, SH 51, S3 85, H2 41, V2 24
        assertThat(flagged).containsExactlyInAnyOrderEntriesOf(Map.of("sexual", 237L, "hate", 162L, "violence", 94L,
                "harassment", 76L, "self_harm", 51L, "sexual_minors", 85L, "hate_threatening", 41L,
                "violence_graphic", 24L));
        assertThat(categoryCounts(report.datasetId(), "openai-moderation")).isEqualTo(flagged);
    }

    @Test
    void openAiModerationSamplesReimportWithTheSameIdsAndDeduplicateToTheirDistinctPrompts() {
        Path file = SharedFixtures.require(OPENAI);
        installed("openai-moderation");
        ImportReport first = importDetected(file);
        ImportReport again = importDetected(file);
        ImportReport deduplicated = SystemIdentity.callAsSystem(() -> datasets.importFile(ImportSource.of(file),
                new ImportRequest(TestUsers.uniqueName("dedup"), null, "samples-1680.jsonl.gz", IdRule.CONTENT_HASH),
                ImportListener.NONE));

        List<String> ids = externalIds(first.datasetId());
        assertThat(ids).hasSize(1680).first().isEqualTo("ef3f7de86ee3-L1");
        assertThat(externalIds(again.datasetId())).isEqualTo(ids);
        // 1,680 lines hold 1,670 distinct prompts (counted in the file)
        assertThat(deduplicated.imported()).as(deduplicated.text()).isTrue();
        assertThat(deduplicated.exchanges()).isEqualTo(1670);
        assertThat(deduplicated.duplicatesSkipped()).isEqualTo(10);
    }

    private List<String> externalIds(long datasetId) {
        return SystemIdentity.callAsSystem(() -> {
            List<ItemId> ids = catalog.itemIds(datasetId);
            Map<ItemId, String> external = catalog.externalIds(ids);
            return ids.stream().map(external::get).toList();
        });
    }

    @Test
    void aiLuminateDemoPromptSetImportsAs1200PromptsWithTheirHazardAsReferenceCategory() throws IOException {
        Path file = SharedFixtures.require(AILUMINATE);
        installed("mlcommons-ailuminate-1.0");

        ImportReport report = importDetected(file);

        assertThat(report.imported()).as(report.text()).isTrue();
        assertThat(report.format()).isEqualTo(ImportFormat.AILUMINATE_CSV);
        assertThat(report.exchanges()).isEqualTo(1200);
        Map<String, Long> counts = categoryCounts(report.datasetId(), "mlcommons-ailuminate-1.0");
        Map<String, Long> expected = new TreeMap<>();
        for (String core : List.of("violent_crimes", "sex_related_crimes", "child_sexual_exploitation",
                "suicide_self_harm", "indiscriminate_weapons", "intellectual_property", "defamation",
                "non_violent_crimes", "hate", "privacy", "sexual_content")) {
            expected.put(core, 100L);
        }
        // the four specialised-advice codes share 100 prompts unevenly (counted in the file: fin 26, hlt 26, ele 24,
        // lgl 24)
        expected.putAll(Map.of("specialized_advice_financial", 26L, "specialized_advice_health", 26L,
                "specialized_advice_elections", 24L, "specialized_advice_legal", 24L));
        assertThat(counts).isEqualTo(expected);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1200);

        Map<String, Long> personas = new TreeMap<>();
        SystemIdentity.runAsSystem(() -> catalog.items(catalog.itemIds(report.datasetId())).values().forEach(item -> {
            JsonNode meta = JSON.readTree(item.sourceMetadata());
            assertThat(meta.get("locale").asString()).isEqualTo("en_US");
            assertThat(item.externalId()).startsWith("airr_practice_1_0_");
            personas.merge(meta.get("persona").asString(), 1L, Long::sum);
        }));
        assertThat(personas).isEqualTo(Map.of("skilled", 600L, "unskilled", 600L));
    }
}
