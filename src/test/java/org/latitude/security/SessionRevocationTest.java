package org.latitude.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.AnnotationService;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.annotation.WorkItem;
import org.latitude.audit.AuditLog;
import org.latitude.campaign.TaskType;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.Steps;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Revoked authority does not live on in open sessions, at the service level: a session is a signed-in security context
 * kept across calls (as an HTTP session keeps it); after the account changes, its next secured call is refused.
 */
@LatitudeSpringTest
class SessionRevocationTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AnnotationService annotations;
    @Autowired
    CampaignAnnotations records;
    @Autowired
    AnnotationFixtures fixtures;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aDisabledAnnotatorsOpenSessionStoresNoFurtherAnnotationEvenAfterTheAccountIsEnabledAgain() {
        UserSummary ann = TestUsers.create(accounts, "revoked", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 3, List.of(ann.id()));
        SecurityContext annSession = session(ann.username());
        WorkItem first = Steps.item(annotations.open(campaign).step());
        WorkItem second = Steps.item(annotations.submit(first.assignmentId(), answer(), 1_000));

        asAdmin(() -> accounts.setEnabled(ann.id(), false));
        SecurityContextHolder.setContext(annSession);
        assertThatThrownBy(() -> annotations.submit(second.assignmentId(), answer(), 1_000))
                .isInstanceOf(AccessDeniedException.class);
        asAdmin(() -> accounts.setEnabled(ann.id(), true));
        SecurityContextHolder.setContext(annSession);
        assertThatThrownBy(() -> annotations.next(campaign)).isInstanceOf(AccessDeniedException.class);

        asAdmin(() -> assertThat(records.safetyLabels(campaign)).hasSize(1));
        // signing in again after re-enabling works: only the old session is over
        session(ann.username());
        assertThat(annotations.submit(second.assignmentId(), answer(), 1_000)).isNotNull();
    }

    @Test
    void anAdminWhoseAdminRoleIsRemovedCanNoLongerUseAdminServicesInTheOpenSession() {
        UserSummary other = TestUsers.create(accounts, "demoted", Role.ADMIN, Role.ANNOTATOR);
        SecurityContext otherSession = session(other.username());
        assertThat(accounts.listUsers()).isNotEmpty();

        asAdmin(() -> accounts.setRoles(other.id(), Set.of(Role.ANNOTATOR)));
        SecurityContextHolder.setContext(otherSession);
        assertThatThrownBy(() -> accounts.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changingTheOwnPasswordEndsTheUsersOtherSessionsButKeepsThisOne() {
        UserSummary user = TestUsers.create(accounts, "twotabs", Role.ANNOTATOR);
        SecurityContext laptop = session(user.username());
        SecurityContext phone = session(user.username());

        SecurityContextHolder.setContext(laptop);
        accounts.changeOwnPassword(TestUsers.PASSWORD, "a fresh passphrase for two tabs");
        assertThat(accounts.me().username()).isEqualTo(user.username());

        SecurityContextHolder.setContext(phone);
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AccessDeniedException.class);
        asAdmin(() -> assertThat(audit.search(user.username(), 0, 20))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("user.change-own-password")));
    }

    @Test
    void aPasswordResetByAnAdminEndsEverySessionOfThatUser() {
        UserSummary user = TestUsers.create(accounts, "reset", Role.ANNOTATOR);
        SecurityContext open = session(user.username());
        asAdmin(() -> accounts.resetPassword(user.id(), "temporary passphrase 1"));
        SecurityContextHolder.setContext(open);
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AccessDeniedException.class);
    }

    private SecurityContext session(String username) {
        TestUsers.signIn(users, username);
        return SecurityContextHolder.getContext();
    }

    private void asAdmin(Runnable work) {
        TestUsers.asAdmin(users, work);
    }

    private static SafetyAnswer answer() {
        return SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of());
    }
}
