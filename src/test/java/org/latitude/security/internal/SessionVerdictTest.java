package org.latitude.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.latitude.security.Role;
import org.latitude.security.internal.SessionVerdict.AccountAccess;

class SessionVerdictTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration LIFETIME = Duration.ofHours(12);
    private final LatitudeUserDetails principal = new LatitudeUserDetails(7, "ann", "{noop}x", true,
            Set.of(Role.ANNOTATOR), false, 3, SIGNED_IN);

    @Test
    void aSessionGoesOnWhileTheAccountIsUnchangedAndYoungerThanTheLifetime() {
        assertThat(SessionVerdict.of(principal, new AccountAccess(true, 3), SIGNED_IN.plus(Duration.ofHours(11)),
                LIFETIME)).isEqualTo(SessionVerdict.CURRENT);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverActiveItWas() {
        assertThat(SessionVerdict.of(principal, new AccountAccess(true, 3), SIGNED_IN.plus(LIFETIME), LIFETIME))
                .isEqualTo(SessionVerdict.EXPIRED);
    }

    @Test
    void aChangedAccessVersionADisabledOrADeletedAccountEndsTheSession() {
        Instant now = SIGNED_IN.plusSeconds(60);
        assertThat(SessionVerdict.of(principal, new AccountAccess(true, 4), now, LIFETIME))
                .isEqualTo(SessionVerdict.REVOKED);
        assertThat(SessionVerdict.of(principal, new AccountAccess(false, 3), now, LIFETIME))
                .isEqualTo(SessionVerdict.DISABLED);
        assertThat(SessionVerdict.of(principal, null, now, LIFETIME)).isEqualTo(SessionVerdict.DELETED);
    }
}
