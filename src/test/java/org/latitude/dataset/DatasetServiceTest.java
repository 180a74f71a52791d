package org.latitude.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.audit.AuditLog;
import org.latitude.audit.AuditRecord;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.shared.ItemId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LatitudeSpringTest
class DatasetServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DatasetService datasets;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    TaxonomyService taxonomies;
    @Autowired
    AuditLog audit;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static ImportSource text(String text) {
        return ImportSource.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportReport importAsAdmin(String text, ImportFormat format) {
        String name = TestUsers.uniqueName("dataset");
        return SystemIdentity.callAsSystem(() -> datasets.importFile(text(text), new ImportRequest(name, format,
                "test.jsonl"), ImportListener.NONE));
    }

    private static byte[] seedFile(String name) throws IOException {
        try (InputStream in = DatasetServiceTest.class.getResourceAsStream("/seed-data/datasets/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aegisDemoFileImportsWithEveryCategoryResolvedAgainstTheStoredTaxonomy() throws IOException {
        SystemIdentity.runAsSystem(() -> taxonomies.presets().stream().filter(p -> p.key().equals("aegis-2.0"))
                .forEach(p -> taxonomies.installPreset(p.fileName())));
        byte[] file = seedFile("demo-exchanges.aegis.jsonl");
        ImportReport report = SystemIdentity.callAsSystem(() -> datasets.importFile(ImportSource.of(file),
                new ImportRequest(TestUsers.uniqueName("aegis"), null, "demo-exchanges.aegis.jsonl"),
                ImportListener.NONE));

        assertThat(report.imported()).as(report.text()).isTrue();
        assertThat(report.format()).isEqualTo(ImportFormat.AEGIS_JSONL);
        TaxonomyDetails aegis = taxonomies.details(taxonomies.versions().stream()
                .filter(v -> v.taxonomyKey().equals("aegis-2.0")).findFirst().orElseThrow().versionId());
        List<ItemId> ids = SystemIdentity.callAsSystem(() -> catalog.itemIds(report.datasetId()));
        List<String> rows = new String(file, StandardCharsets.UTF_8).lines().toList();
        assertThat(ids).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = JSON.readTree(rows.get(i));
            List<String> expected = new ArrayList<>();
            for (String name : row.get("violated_categories").stringValue().split(",")) {
                if (!name.isBlank()) {
                    expected.add(aegis.resolve(name).orElseThrow().key());
                }
            }
            ItemId id = ids.get(i);
            List<String> categories = SystemIdentity.callAsSystem(() -> catalog.referenceLabels(id)).stream()
                    .filter(l -> l.field().equals("category")).map(ReferenceLabel::value).toList();
            assertThat(categories).as(row.get("id").stringValue()).isEqualTo(expected);
        }
    }

    @Test
    void importsAndDeletesAreAuditedAndADatasetInUseCannotBeDeleted() {
        ImportReport report = importAsAdmin("{\"id\": \"1\", \"prompt\": \"P\", \"response\": \"R\"}\n"
                + "{\"id\": \"2\", \"prompt\": \"Q\", \"response_a\": \"A\", \"response_b\": \"B\"}\n", null);
        long id = report.datasetId();
        DatasetSummary summary = SystemIdentity.callAsSystem(() -> datasets.dataset(id));
        assertThat(summary.itemCount()).isEqualTo(2);
        assertThat(summary.exchangeCount()).isEqualTo(1);
        assertThat(summary.pairCount()).isEqualTo(1);
        assertThat(summary.importedBy()).isEqualTo(SystemIdentity.NAME);

        SystemIdentity.runAsSystem(() -> datasets.markInUse(id));
        assertThatThrownBy(() -> SystemIdentity.runAsSystem(() -> datasets.delete(id)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("used by a campaign");

        ImportReport other = importAsAdmin("{\"id\": \"x\", \"prompt\": \"P\"}\n", ImportFormat.GENERIC_JSONL);
        SystemIdentity.runAsSystem(() -> datasets.delete(other.datasetId()));
        List<AuditRecord> entries = SystemIdentity.callAsSystem(() -> audit.search(other.datasetName(), 0, 10));
        assertThat(entries).extracting(AuditRecord::action).containsExactly("dataset.delete", "dataset.import");
        assertThat(SystemIdentity.callAsSystem(() -> datasets.datasets())).extracting(DatasetSummary::id)
                .contains(id).doesNotContain(other.datasetId());
    }

    @Test
    void aRejectedImportStoresAndAuditsNothing() {
        int before = SystemIdentity.callAsSystem(() -> datasets.datasets()).size();
        ImportReport report = importAsAdmin("{\"id\": \"1\", \"prompt\": \"P\"}\n{\"id\": \"1\", \"prompt\": \"Q\"}\n",
                ImportFormat.GENERIC_JSONL);

        assertThat(report.imported()).isFalse();
        assertThat(report.text()).contains("Line 2: duplicate id '1' (first used on line 1)", "nothing was stored");
        assertThat(SystemIdentity.callAsSystem(() -> datasets.datasets())).hasSize(before);
        assertThat(SystemIdentity.callAsSystem(() -> audit.count(report.datasetName()))).isZero();
    }

    @Test
    void annotatorsCannotImportBrowseOrDeleteButCanReadItemsThroughTheCatalog() {
        ImportReport report = importAsAdmin("{\"id\": \"1\", \"prompt\": \"P\", \"response\": \"R\"}\n", null);
        String annotator = TestUsers.create(accounts, "annotator", Role.ANNOTATOR).username();
        TestUsers.signIn(users, annotator);

        assertThatThrownBy(() -> datasets.importFile(text("{}"), new ImportRequest("x", null, "f"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> datasets.datasets()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> datasets.browse(report.datasetId(), null, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> datasets.delete(report.datasetId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> datasets.markInUse(report.datasetId())).isInstanceOf(AccessDeniedException.class);

        ItemId itemId = catalog.itemIds(report.datasetId()).getFirst();
        assertThat(catalog.item(itemId).response()).contains("R");
        TestUsers.signOut();
        assertThatThrownBy(() -> catalog.item(itemId)).isInstanceOf(
                org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void refusesAMissingOrTakenName() {
        ImportReport first = importAsAdmin("{\"id\": \"1\", \"prompt\": \"P\"}\n", null);

        assertThatThrownBy(() -> SystemIdentity.runAsSystem(() -> datasets.importFile(text("{}"),
                new ImportRequest("  ", null, "f"), null))).isInstanceOf(ValidationException.class)
                .hasMessage("Give the dataset a name.");
        assertThatThrownBy(() -> SystemIdentity.runAsSystem(() -> datasets.importFile(text("{}"),
                new ImportRequest(first.datasetName(), null, "f"), null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void declaredContentWarningsAreCheckedStoredForAnnotatorsToSeeAndAudited() {
        ImportReport report = importAsAdmin("{\"id\":\"w-1\",\"prompt\":\"Hi\",\"response\":\"Hello\"}\n",
                ImportFormat.GENERIC_JSONL);
        long id = report.datasetId();
        assertThatThrownBy(() -> SystemIdentity.runAsSystem(() -> datasets.setContentWarnings(id,
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "warning " + i).toList())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 20");
        assertThatThrownBy(() -> SystemIdentity.runAsSystem(() -> datasets.setContentWarnings(id,
                List.of("x".repeat(101))))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 100 characters");
        assertThat(SystemIdentity.callAsSystem(() -> datasets.contentWarnings(id))).as("refusals change nothing")
                .isEmpty();
        assertThat(SystemIdentity.callAsSystem(() -> datasets.setContentWarnings(id, List.of(" violence ", "",
                "violence", "strong language")))).containsExactly("violence", "strong language");
        TestUsers.signIn(users, TestUsers.create(accounts, "warned", Role.ANNOTATOR).username());
        assertThat(catalog.contentWarnings(id)).containsExactly("violence", "strong language");
        assertThatThrownBy(() -> datasets.setContentWarnings(id, List.of())).isInstanceOf(AccessDeniedException.class);
        List<AuditRecord> entries = SystemIdentity.callAsSystem(() -> audit.search(report.datasetName(), 0, 10));
        assertThat(entries).extracting(AuditRecord::action).contains("dataset.warnings");
    }
}
