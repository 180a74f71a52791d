package org.latitude.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.audit.AuditLog;
import org.latitude.shared.ValidationException;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The account service enforces the password policy and throttles the current-password check of the account page. */
@LatitudeSpringTest
class PasswordHygieneTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theServiceRefusesTheWeakPasswordsFoundByProbingWhereverAPasswordIsSet() {
        UserSummary user = TestUsers.create(accounts, "hygiene", Role.ANNOTATOR);
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        for (String weak : new String[] {"password12", "1234567890", "aaaaaaaaaa"}) {
            assertThatThrownBy(() -> accounts.createUser(new NewUser(TestUsers.uniqueName("weak"), "Weak",
                    Set.of(Role.ANNOTATOR), weak))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> accounts.resetPassword(user.id(), weak)).isInstanceOf(ValidationException.class);
        }
        TestUsers.signIn(users, user.username());
        assertThatThrownBy(() -> accounts.changeOwnPassword(TestUsers.PASSWORD, user.username() + "-2026"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("your name");
    }

    @Test
    void wrongCurrentPasswordsOnTheAccountPageAreThrottledAndAuditedEvenWhenTheRightOneFollows() {
        UserSummary user = TestUsers.create(accounts, "prober", Role.ANNOTATOR);
        TestUsers.signIn(users, user.username());
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> accounts.changeOwnPassword("wrong-current-" + System.nanoTime(),
                    "a brand new passphrase")).hasMessageContaining("not correct");
        }
        assertThatThrownBy(() -> accounts.changeOwnPassword(TestUsers.PASSWORD, "a brand new passphrase"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Too many wrong current passwords");

        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThat(audit.search(user.username(), 0, 20))
                .filteredOn(e -> e.action().equals("account.password-check-failure")).hasSize(6);
    }
}
