package org.latitude.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.shared.ActingUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The one rule for who acts, which the audit log, datasets and the other modules record. */
class CurrentUserTest {

    private final ActingUser acting = new CurrentUser();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInUserActsUnderTheirNameStartUpWorkAsSystemAndAnAnonymousRequestAsAnonymous() {
        assertThat(acting.name()).isEqualTo(ActingUser.SYSTEM);
        SystemIdentity.runAsSystem(() -> assertThat(acting.name()).isEqualTo(ActingUser.SYSTEM));

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertThat(acting.name()).isEqualTo(ActingUser.ANONYMOUS);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ann",
                null, List.of(new SimpleGrantedAuthority(Role.ANNOTATOR.authority()))));
        assertThat(acting.name()).isEqualTo("ann");
        assertThat(new CurrentUser().actorName()).isEqualTo("ann");
    }
}
