package org.latitude.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.LatitudeApplication;
import org.latitude.security.NewUser;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.taxonomy.TaxonomyService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Data written through the application survives a restart of the application on the same embedded H2 files (the
 * default installation: {@code latitude.data-dir}).
 */
class RestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LatitudeApplication.class)
                // command-line arguments outrank application.properties (builder properties would not)
                .run("--latitude.data-dir=" + dataDir, "--server.port=0", "--latitude.admin.password=restart-admin-pw",
                        "--spring.main.banner-mode=off", "--logging.level.root=warn");
    }

    @Test
    void usersAndTaxonomiesWrittenBeforeARestartAreThereAfterIt() {
        try (ConfigurableApplicationContext first = start()) {
            SystemIdentity.runAsSystem(() -> {
                first.getBean(UserAccountService.class).createInitialUser(new NewUser("persistent-annie", "Annie",
                        Set.of(Role.ANNOTATOR), "persistent-password"), false);
                first.getBean(TaxonomyService.class).installPreset("aegis-2.0.json");
            });
        }
        assertThat(dataDir.resolve("latitude.mv.db")).exists();

        try (ConfigurableApplicationContext second = start()) {
            SystemIdentity.runAsSystem(() -> {
                var accounts = second.getBean(UserAccountService.class);
                assertThat(accounts.findByUsername("persistent-annie")).hasValueSatisfying(
                        u -> assertThat(u.roles()).containsExactly(Role.ANNOTATOR));
                assertThat(accounts.findByUsername("admin")).isPresent();
                assertThat(second.getBean(TaxonomyService.class).versions())
                        .anySatisfy(v -> assertThat(v.taxonomyKey()).isEqualTo("aegis-2.0"));
            });
        }
    }
}
