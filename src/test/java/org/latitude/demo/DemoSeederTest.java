package org.latitude.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.taxonomy.Preset;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Demo seeding gives the documented logins and every preset, through the importers, and is safe to repeat. */
@LatitudeSpringTest
class DemoSeederTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TaxonomyService taxonomies;
    @Autowired
    PrincipleSetService principles;

    @Test
    void seedingCreatesTheDocumentedDemoAnnotatorsAndInstallsEveryPresetIdempotently() {
        SystemIdentity.runAsSystem(seeder::seed);
        SystemIdentity.runAsSystem(seeder::seed);
        for (DemoAccount account : DemoAccount.ALL) {
            if (account.username().equals("admin")) {
                continue; // the test profile's own admin exists already and keeps its password
            }
            var stored = users.loadUserByUsername(account.username());
            assertThat(encoder.matches(account.password(), stored.getPassword())).as(account.username()).isTrue();
            assertThat(stored.getAuthorities()).extracting(Object::toString)
                    .containsExactlyInAnyOrderElementsOf(account.roles().stream().map(Role::authority).toList());
        }
        SystemIdentity.runAsSystem(() -> {
            assertThat(taxonomies.presets()).allMatch(Preset::installed);
            assertThat(principles.presets()).allMatch(Preset::installed);
            assertThat(taxonomies.versions().stream().filter(v -> v.taxonomyKey().equals("aegis-2.0"))).hasSize(1);
        });
    }

    @Test
    void theDocumentedDemoPasswordsSatisfyThePasswordPolicy() {
        for (DemoAccount account : DemoAccount.ALL) {
            assertThat(new org.latitude.security.PasswordPolicy().problems(
                    new org.latitude.security.PasswordPolicy.Context(account.username(), account.displayName()),
                    account.password())).isEmpty();
        }
    }
}
