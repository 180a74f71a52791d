package org.latitude.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latitude.security.NewUser;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.shared.ValidationException;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Outside demo mode there are no default credentials: the first admin's password is configured or random. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminBootstrapTest {

    private final UserAccountService accounts = mock(UserAccountService.class);

    @Test
    void withoutAConfiguredPasswordTheFirstAdminGetsARandomOnePrintedOnceThatMustBeChanged(CapturedOutput output) {
        when(accounts.anyEnabledAdmin()).thenReturn(false);
        when(accounts.createInitialUser(any(), anyBoolean())).thenReturn(Optional.empty());
        new FirstAdminBootstrap(accounts, "admin", "", false).run(null);

        ArgumentCaptor<NewUser> created = ArgumentCaptor.forClass(NewUser.class);
        verify(accounts).createInitialUser(created.capture(), org.mockito.ArgumentMatchers.eq(true));
        String password = created.getValue().initialPassword();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo("admin");
        assertThat(created.getValue().roles()).contains(Role.ADMIN);
        assertThat(output.getOut()).containsOnlyOnce(password);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
        when(accounts.anyEnabledAdmin()).thenReturn(false);
        when(accounts.createInitialUser(any(), anyBoolean())).thenReturn(Optional.empty());
        new FirstAdminBootstrap(accounts, "root", "configured-secret-pw", false).run(null);
        ArgumentCaptor<NewUser> created = ArgumentCaptor.forClass(NewUser.class);
        verify(accounts).createInitialUser(created.capture(), org.mockito.ArgumentMatchers.eq(false));
        assertThat(created.getValue().username()).isEqualTo("root");
        assertThat(output.getOut()).doesNotContain("configured-secret-pw");
    }

    @Test
    void nothingIsCreatedInDemoModeOrWhenAnAdminExists() {
        when(accounts.anyEnabledAdmin()).thenReturn(true);
        new FirstAdminBootstrap(accounts, "admin", "", false).run(null);
        new FirstAdminBootstrap(accounts, "admin", "", true).run(null);
        verify(accounts, never()).createInitialUser(any(), anyBoolean());
    }

    @Test
    void aConfiguredPasswordThatBreaksTheRulesStopsStartUpWithOneClearLineAndNoStackTrace() {
        when(accounts.anyEnabledAdmin()).thenReturn(false);
        when(accounts.createInitialUser(any(), anyBoolean()))
                .thenThrow(new ValidationException(List.of("This is a commonly used password; choose another.")));
        assertThatThrownBy(() -> new FirstAdminBootstrap(accounts, "admin", "password12", false).run(null))
                .isInstanceOfSatisfying(InvalidAdminPasswordException.class, e -> {
                    var analysis = new InvalidAdminPasswordFailureAnalyzer().analyze(
                            new IllegalStateException("runner failed", e));
                    assertThat(analysis.getDescription()).startsWith("LATITUDE_ADMIN_PASSWORD")
                            .contains("commonly used").doesNotContain("\n").doesNotContain("password12");
                    assertThat(analysis.getAction()).contains("LATITUDE_ADMIN_PASSWORD");
                });
    }
}
