package org.latitude.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.audit.AuditLog;
import org.latitude.shared.ValidationException;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Creating, listing and revoking personal access tokens: who may hold which scope, lifetimes, ownership, audit. */
@LatitudeSpringTest
class AccessTokensTest {

    @Autowired
    AccessTokens tokens;
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
    void aNewTokenLivesTheDefaultNinetyDaysAndIsListedWithoutItsSecret() {
        UserSummary ann = TestUsers.create(accounts, "pat-new", Role.ANNOTATOR);
        TestUsers.signIn(users, ann.username());
        NewAccessToken created = tokens.create(new AccessTokenRequest(" ci pipeline ", Set.of(ApiScope.CAMPAIGNS_READ),
                null));
        AccessTokenSummary summary = created.summary();
        assertThat(summary.name()).isEqualTo("ci pipeline");
        assertThat(Duration.between(summary.createdAt(), summary.expiresAt())).isEqualTo(Duration.ofDays(90));
        assertThat(summary.lastUsedAt()).isNull();
        assertThat(tokens.mine()).containsExactly(summary);
        assertThat(tokens.mine().toString()).doesNotContain(created.token());
        assertThat(created.toString()).doesNotContain(created.token());
    }

    @Test
    void anAnnotatorCannotGiveATokenAdminOrWriteScopes() {
        UserSummary ann = TestUsers.create(accounts, "pat-scope", Role.ANNOTATOR);
        TestUsers.signIn(users, ann.username());
        assertThat(tokens.grantableScopes()).containsExactlyInAnyOrder(ApiScope.CAMPAIGNS_READ,
                ApiScope.ANNOTATIONS_READ, ApiScope.REPORTS_READ);
        assertThatThrownBy(() -> tokens.create(new AccessTokenRequest("x", Set.of(ApiScope.ADMIN), 10)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("[admin]");
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void aLifetimeBeyondTheMaximumAndAnEmptyRequestAreRefusedFieldByField() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThatThrownBy(() -> tokens.create(new AccessTokenRequest("long", Set.of(ApiScope.ADMIN),
                tokens.maxLifetimeDays() + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.field()).containsExactly("lifetimeDays"));
        assertThatThrownBy(() -> tokens.create(new AccessTokenRequest("  ", Set.of(), 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.field()).containsExactly("name", "scopes", "lifetimeDays"));
    }

    @Test
    void anAnnotatorCannotRevokeSomeoneElsesTokenButAnAdminCan() {
        UserSummary owner = TestUsers.create(accounts, "pat-owner", Role.ANNOTATOR);
        UserSummary other = TestUsers.create(accounts, "pat-other", Role.ANNOTATOR);
        TestUsers.signIn(users, owner.username());
        long id = tokens.create(new AccessTokenRequest("mine", Set.of(ApiScope.CAMPAIGNS_READ), 5)).summary().id();
        TestUsers.signIn(users, other.username());
        assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(ValidationException.class)
                .hasMessage("No such token.");
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThat(tokens.revoke(id).revokedAt()).isNotNull();
        assertThat(audit.search("token.revoke", 0, 5)).anySatisfy(e -> assertThat(e.detail())
                .contains("user id " + owner.id()));
    }
}
