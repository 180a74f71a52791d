package org.latitude.security.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.latitude.security.NewUser;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode there are no default credentials: when no enabled admin exists, the first admin is created with
 * {@code LATITUDE_ADMIN_PASSWORD}, or with a random password printed once to the log (to be changed at first sign-in).
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserAccountService accounts;
    private final String username;
    private final String configuredPassword;
    private final boolean demo;

    FirstAdminBootstrap(UserAccountService accounts, @Value("${latitude.admin.username}") String username,
                        @Value("${latitude.admin.password:}") String configuredPassword,
                        @Value("${latitude.demo.enabled}") boolean demo) {
        this.accounts = accounts;
        this.username = username;
        this.configuredPassword = configuredPassword;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo || accounts.anyEnabledAdmin()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        try {
            accounts.createInitialUser(new NewUser(username, "Administrator", Set.of(Role.ADMIN, Role.ANNOTATOR),
                    password), generated);
        } catch (ValidationException e) {
            throw new InvalidAdminPasswordException(e.problems());
        }
        if (generated) {
            LOG.warn("""

                    ==========================================================================
                     No admin existed: created '{}' with the one-time password  {}
                     It is shown only now. Sign in and change it (you will be asked to).
                     Set LATITUDE_ADMIN_PASSWORD to choose it instead.
                    ==========================================================================""", username, password);
        } else {
            LOG.info("No admin existed: created '{}' with the password from LATITUDE_ADMIN_PASSWORD.", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
