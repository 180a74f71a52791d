package org.latitude.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latitude.assignment.internal.LeaseSweeper;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.LocalPostgres;
import org.latitude.testsupport.SeparateApplication;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The assignment hammer on a real PostgreSQL server (fresh schema; skipped with a message when PostgreSQL is not
 * reachable): 32 annotators × 2,000 items × k = 3, and the exposure-controls run, with the same invariant checks as on
 * H2.
 */
class AssignmentConcurrencyPostgresTest {

    private static String schema;
    private static SeparateApplication app;

    @BeforeAll
    static void startOnPostgres() {
        LocalPostgres.assumeReachable();
        schema = LocalPostgres.createSchema("lat_hammer");
        app = SeparateApplication.start("--spring.datasource.url=" + LocalPostgres.urlFor(schema),
                "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=40", "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema, "--server.port=0",
                "--latitude.admin.password=pg-admin-password", "--spring.main.banner-mode=off",
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

    @Test
    void thirtyTwoAnnotatorsOnTwoThousandItemsNeverBreakTheInvariantsOnPostgres() throws Exception {
        UserAccountService accounts = app.bean(UserAccountService.class);
        List<UserSummary> annotators = new ArrayList<>();
        for (int i = 0; i < AssignmentConcurrencyTest.ANNOTATORS; i++) {
            annotators.add(TestUsers.create(accounts, "pg-hammer", Role.ANNOTATOR));
        }
        CampaignId campaign = app.bean(TestCampaigns.class).activeCampaign(TaskType.SAFETY_LABEL, AssignmentConcurrencyTest.ITEMS, AssignmentConcurrencyTest.K,
                        annotators.stream().map(UserSummary::id).toList());
        var outcome = new AssignmentHammer(app.bean(AssignmentService.class), app.bean(LeaseSweeper.class),
                app.bean(UserDetailsService.class), app.bean(JdbcTemplate.class)).run(campaign, annotators);
        System.out.println("[hammer PostgreSQL] " + outcome);
        assertThat(outcome.acknowledgedSubmits()).isGreaterThanOrEqualTo(
                (long) AssignmentConcurrencyTest.ITEMS * AssignmentConcurrencyTest.K * 9 / 10);
    }

    @Test
    void optOutsCapsAndReturnsNeverBreakTheInvariantsOnPostgres() throws Exception {
        var outcome = AssignmentConcurrencyTest.exposureHammer("pg-exposure", app.bean(UserAccountService.class),
                app.bean(TestCampaigns.class), app.bean(AssignmentService.class), app.bean(LeaseSweeper.class),
                app.bean(UserDetailsService.class), app.bean(JdbcTemplate.class));
        System.out.println("[hammer PostgreSQL, exposure controls] " + outcome);
    }
}
