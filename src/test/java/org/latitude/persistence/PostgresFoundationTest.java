package org.latitude.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.AnnotationService;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.annotation.WorkItem;
import org.latitude.audit.AuditLog;
import org.latitude.campaign.TaskType;
import org.latitude.security.NewUser;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.ImportOutcome;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.testsupport.LocalPostgres;
import org.latitude.testsupport.SeparateApplication;
import org.latitude.testsupport.Steps;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The same Flyway migrations and the foundation's repositories and services on a real PostgreSQL server, in a fresh
 * schema (skipped with a message when no server is reachable). One application context for the whole class.
 */
class PostgresFoundationTest {

    private static String schema;
    private static SeparateApplication app;

    @BeforeAll
    static void startOnPostgres() {
        LocalPostgres.assumeReachable();
        schema = LocalPostgres.createSchema("lat_found");
        app = SeparateApplication.start(
                "--spring.datasource.url=" + LocalPostgres.urlFor(schema),
                "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password=",
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                "--server.port=0", "--latitude.admin.password=pg-admin-password", "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
    }

    @AfterAll
    static void dropSchema() {
        if (app != null) {
            app.close();
        }
        if (schema != null) {
            LocalPostgres.dropSchema(schema);
        }
    }

    @Test
    void flywayCreatedEveryTableOnPostgres() throws Exception {
        List<String> tables = new ArrayList<>();
        try (var c = LocalPostgres.connect(); ResultSet rs = c.getMetaData().getTables(null, schema, "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).contains("flyway_schema_history", "app_user", "app_user_role", "audit_entry", "taxonomy",
                "taxonomy_version", "taxonomy_entry", "taxonomy_entry_alias", "principle_set", "principle");
    }

    @Test
    void usersRolesAndAuditWorkOnPostgres() {
        SystemIdentity.runAsSystem(() -> {
            var accounts = app.bean(UserAccountService.class);
            accounts.createInitialUser(new NewUser("pg-annotator", "PG", Set.of(Role.ANNOTATOR),
                    "pg-annotator-password"), false);
            assertThat(accounts.findByUsername("pg-annotator")).hasValueSatisfying(
                    u -> assertThat(u.roles()).containsExactly(Role.ANNOTATOR));
            assertThat(accounts.findByUsername("admin")).isPresent();
            assertThat(app.bean(AuditLog.class).search("pg-annotator", 0, 10)).isNotEmpty();
        });
    }

    @Test
    void annotationsAreStoredEditedWithHistoryAndReadBackOnPostgres() {
        var annotator = TestUsers.create(app.bean(UserAccountService.class), "pg-annotator", Role.ANNOTATOR);
        CampaignId campaign = app.bean(TestCampaigns.class).activeCampaign(TaskType.SAFETY_LABEL, 3, 1,
                List.of(annotator.id()));
        TestUsers.signIn(app.bean(UserDetailsService.class), annotator.username());
        try {
            AnnotationService annotations = app.bean(AnnotationService.class);
            WorkItem work = Steps.item(annotations.next(campaign));
            annotations.submit(work.assignmentId(), new SafetyAnswer(Verdict.UNSAFE, Verdict.SAFE,
                    List.of("violence", "threat"), "pasted \u202e text, <b>not html</b>", 4), 1500);
            var mine = annotations.myRecent(campaign, 10);
            assertThat(mine).hasSize(1);
            annotations.edit(mine.getFirst().id(), mine.getFirst().version(),
                    SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of()), 800);
            assertThat(annotations.myVersions(mine.getFirst().id())).hasSize(1);
        } finally {
            TestUsers.signOut();
        }
        SystemIdentity.runAsSystem(() -> {
            var records = app.bean(CampaignAnnotations.class).safetyLabels(campaign);
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.answer().promptVerdict()).isEqualTo(Verdict.SAFE);
                assertThat(r.answer().categories()).isEmpty();
                assertThat(r.version()).isEqualTo(2);
            });
            var previous = app.bean(CampaignAnnotations.class).versions(records.getFirst().annotationId());
            assertThat(previous).singleElement().satisfies(v -> {
                SafetyAnswer first = (SafetyAnswer) v.answer();
                assertThat(first.rationale()).isEqualTo("pasted \u202e text, <b>not html</b>");
                assertThat(first.categories()).containsExactly("threat", "violence");
            });
        });
    }

    @Test
    void presetsImportReplaceAndBecomeImmutableOnPostgres() {
        SystemIdentity.runAsSystem(() -> {
            var taxonomies = app.bean(TaxonomyService.class);
            for (var preset : taxonomies.presets()) {
                taxonomies.installPreset(preset.fileName());
            }
            assertThat(taxonomies.versions()).hasSizeGreaterThanOrEqualTo(6);
            String file = """
                    {"format": "latitude-taxonomy", "formatVersion": 1, "key": "pg-test", "name": "PG", "version": "1",
                     "categories": [{"key": "a", "name": "%s", "definition": "d", "tier": "core", "aliases": ["S1"]}]}""";
            long id = taxonomies.importFile(file.formatted("A").getBytes(StandardCharsets.UTF_8), "a.json").id();
            assertThat(taxonomies.importFile(file.formatted("A2").getBytes(StandardCharsets.UTF_8), "a.json")
                    .status()).isEqualTo(ImportOutcome.Status.REPLACED);
            taxonomies.markInUse(id);
            assertThatThrownBy(() -> taxonomies.importFile(file.formatted("A3").getBytes(StandardCharsets.UTF_8),
                    "a.json")).isInstanceOf(ValidationException.class);
            var principles = app.bean(PrincipleSetService.class);
            long ccai = principles.installPreset("ccai-seed.json").id();
            assertThat(principles.details(ccai).principles()).hasSize(21);
        });
    }
}
