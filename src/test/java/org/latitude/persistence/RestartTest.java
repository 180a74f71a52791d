package org.latitude.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latitude.security.NewUser;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.testsupport.SeparateApplication;

/**
 * Data written through the application survives a restart of the application on the same embedded H2 files (the
 * default installation: {@code latitude.data-dir}).
 */
class RestartTest {

    @TempDir
    Path dataDir;

    private SeparateApplication start() {
        return SeparateApplication.start("--latitude.data-dir=" + dataDir, "--server.port=0", "--latitude.admin.password=restart-admin-pw",
                        "--spring.main.banner-mode=off", "--logging.level.root=warn");
    }

    @Test
    void usersAndTaxonomiesWrittenBeforeARestartAreThereAfterIt() {
        try (SeparateApplication first = start()) {
            SystemIdentity.runAsSystem(() -> {
                first.bean(UserAccountService.class).createInitialUser(new NewUser("persistent-annie", "Annie",
                        Set.of(Role.ANNOTATOR), "persistent-password"), false);
                first.bean(TaxonomyService.class).installPreset("aegis-2.0.json");
            });
        }
        assertThat(dataDir.resolve("latitude.mv.db")).exists();

        try (SeparateApplication second = start()) {
            SystemIdentity.runAsSystem(() -> {
                var accounts = second.bean(UserAccountService.class);
                assertThat(accounts.findByUsername("persistent-annie")).hasValueSatisfying(
                        u -> assertThat(u.roles()).containsExactly(Role.ANNOTATOR));
                assertThat(accounts.findByUsername("admin")).isPresent();
                assertThat(second.bean(TaxonomyService.class).versions())
                        .anySatisfy(v -> assertThat(v.taxonomyKey()).isEqualTo("aegis-2.0"));
            });
        }
    }
}
