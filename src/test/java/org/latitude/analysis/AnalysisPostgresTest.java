package org.latitude.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latitude.agreement.AgreementEngine;
import org.latitude.agreement.Figure;
import org.latitude.agreement.RatingTable;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.campaign.TaskType;
import org.latitude.report.Json;
import org.latitude.report.ReportSchema;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.LocalPostgres;
import org.latitude.testsupport.SeparateApplication;
import org.latitude.testsupport.TestUsers;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web analysis on a real PostgreSQL server (fresh schema; skipped with a message when PostgreSQL is not
 * reachable): the streamed reading and the database's sums give the figures of a direct engine call, the report
 * validates, and a re-run stores a byte-identical report.
 */
class AnalysisPostgresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String schema;
    private static SeparateApplication app;

    @BeforeAll
    static void startOnPostgres() {
        LocalPostgres.assumeReachable();
        schema = LocalPostgres.createSchema("lat_analysis");
        app = SeparateApplication.start("--spring.datasource.url=" + LocalPostgres.urlFor(schema),
                "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password=",
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema, "--server.port=0",
                "--latitude.admin.password=" + LatitudeSpringTest.ADMIN_PASSWORD, "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (schema != null) {
            LocalPostgres.dropSchema(schema);
        }
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void onPostgresEveryFigureEqualsADirectEngineCallAndAReRunIsByteIdentical() {
        AnalysisFixtures.Annotated c = app.bean(AnalysisFixtures.class).annotated(TaskType.SAFETY_LABEL, 8, 3,
                CampaignAnalysisTest::answer, (a, i) -> 1000L * (i + 1) * (a + 1));
        TestUsers.signIn(app.bean(UserDetailsService.class), LatitudeSpringTest.ADMIN);
        CampaignAnalysis analysis = app.bean(CampaignAnalysis.class);
        StoredAnalysis first = analysis.run(c.campaign(), AnalysisSteps.NONE, () -> false);
        StoredAnalysis second = analysis.run(c.campaign(), AnalysisSteps.NONE, () -> false);
        assertThat(second.reportJson()).isEqualTo(first.reportJson());
        assertThat(ReportSchema.violations(first.reportJson())).isEmpty();
        JsonNode report = JSON.readTree(first.reportJson());
        Map<String, RatingTable> tables = CampaignAnalysisTest.directTables(
                app.bean(CampaignAnnotations.class).safetyLabels(c.campaign()), c.annotators());
        int compared = 0;
        for (var e : tables.entrySet()) {
            for (Figure f : AgreementEngine.analyze(e.getKey(), e.getValue(), Set.of(), analysis.options(8))
                    .allFigures()) {
                assertThat(CampaignAnalysisTest.measures(report)).as(f.field() + " " + f.measure())
                        .contains(JSON.readTree(Json.toJson(CampaignAnalysisTest.labelled(f))));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(report.path("campaign").path("coverage").path("ratings").asLong()).isEqualTo(24);
    }
}
