package org.latitude.demo;

import org.latitude.security.NewUser;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.taxonomy.Preset;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the documented demo users, and every bundled preset loaded through the importers admins use. Idempotent,
 * so a restart of the demo keeps earlier work and adds only what is missing.
 */
@Component
@Order(10)
public class DemoSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoMode mode;
    private final UserAccountService accounts;
    private final TaxonomyService taxonomies;
    private final PrincipleSetService principles;

    DemoSeeder(DemoMode mode, UserAccountService accounts, TaxonomyService taxonomies,
               PrincipleSetService principles) {
        this.mode = mode;
        this.accounts = accounts;
        this.taxonomies = taxonomies;
        this.principles = principles;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.enabled()) {
            SystemIdentity.runAsSystem(this::seed);
        }
    }

    /** Seeds whatever is missing (users, presets). Runs as the system actor. */
    public void seed() {
        for (DemoAccount account : DemoAccount.ALL) {
            accounts.createInitialUser(new NewUser(account.username(), account.displayName(), account.roles(),
                    account.password()), false);
        }
        for (Preset preset : taxonomies.presets()) {
            if (!preset.installed()) {
                taxonomies.installPreset(preset.fileName());
            }
        }
        for (Preset preset : principles.presets()) {
            if (!preset.installed()) {
                principles.installPreset(preset.fileName());
            }
        }
        LOG.info("Demo mode: demo users and presets are in place (logins in README.md).");
    }
}
