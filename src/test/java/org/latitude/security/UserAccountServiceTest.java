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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@LatitudeSpringTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog audit;
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theFirstAdminComesFromTheConfiguredPasswordAndIsStoredHashedWithTheDelegatingEncoder() {
        var admin = users.loadUserByUsername(LatitudeSpringTest.ADMIN);
        assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain(LatitudeSpringTest.ADMIN_PASSWORD);
        assertThat(encoder.matches(LatitudeSpringTest.ADMIN_PASSWORD, admin.getPassword())).isTrue();
    }

    @Test
    void anAdminCreatesAnAnnotatorAndTheChangeIsAudited() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        String name = TestUsers.uniqueName("ann");
        UserSummary created = accounts.createUser(new NewUser(name, "Ann", Set.of(Role.ANNOTATOR),
                "a-long-password"));
        assertThat(created.roles()).containsExactly(Role.ANNOTATOR);
        assertThat(audit.search(name, 0, 10)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(LatitudeSpringTest.ADMIN);
            assertThat(entry.action()).isEqualTo("user.create");
        });
    }

    @Test
    void invalidNewUsersAreRefusedWithEveryProblemAndNothingIsStored() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThatThrownBy(() -> accounts.createUser(new NewUser("Bad Name!", "", Set.of(), "short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(3));
        assertThat(accounts.findByUsername("bad name!")).isEmpty();
    }

    @Test
    void anAnnotatorCannotUseUserAdministration() {
        UserSummary annotator = TestUsers.create(accounts, "plain", Role.ANNOTATOR);
        TestUsers.signIn(users, annotator.username());
        assertThatThrownBy(() -> accounts.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createUser(new NewUser("x-" + annotator.username(), "x",
                Set.of(Role.ADMIN), "a-long-password"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setRoles(annotator.id(), Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createInitialUser(new NewUser("y-" + annotator.username(), "y",
                Set.of(Role.ADMIN), "a-long-password"), false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDisabledNorDemotedAndNoAdminDisablesThemselves() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        long adminId = accounts.findByUsername(LatitudeSpringTest.ADMIN).orElseThrow().id();
        assertThatThrownBy(() -> accounts.setEnabled(adminId, false)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("your own account");
        UserSummary other = TestUsers.create(accounts, "admin2", Role.ADMIN);
        accounts.setRoles(other.id(), Set.of(Role.ANNOTATOR)); // fine: the test admin remains
        assertThat(accounts.findByUsername(other.username()).orElseThrow().roles()).containsExactly(Role.ANNOTATOR);
    }

    @Test
    void aResetPasswordMustBeChangedAndTheOwnPasswordChangeChecksTheCurrentOne() {
        UserSummary user = TestUsers.create(accounts, "resetme", Role.ANNOTATOR);
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        accounts.resetPassword(user.id(), "temporary-password-1");
        assertThat(accounts.findByUsername(user.username()).orElseThrow().mustChangePassword()).isTrue();

        TestUsers.signIn(users, user.username());
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong-password", "my-own-password-1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("current password");
        accounts.changeOwnPassword("temporary-password-1", "my-own-password-1");
        assertThat(accounts.me().mustChangePassword()).isFalse();
        assertThat(encoder.matches("my-own-password-1", users.loadUserByUsername(user.username()).getPassword()))
                .isTrue();
    }
}
