package org.latitude.security.internal;

import java.time.Duration;
import java.time.Instant;

/** Whether a signed-in session may go on, and if not, why (in words for the security event log). */
enum SessionVerdict {
    CURRENT(null),
    EXPIRED("the session reached its maximum lifetime"),
    REVOKED("the account's roles, password or enabled state changed"),
    DISABLED("the account is disabled"),
    DELETED("the account no longer exists");

    private final String reason;

    SessionVerdict(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    /** The account as stored now: what a session's principal is compared with. */
    record AccountAccess(boolean enabled, long accessVersion) {
    }

    /** {@code stored} is null when the account is gone. */
    static SessionVerdict of(LatitudeUserDetails principal, AccountAccess stored, Instant now, Duration maxLifetime) {
        if (stored == null) {
            return DELETED;
        }
        if (!stored.enabled()) {
            return DISABLED;
        }
        if (stored.accessVersion() != principal.accessVersion()) {
            return REVOKED;
        }
        return now.isBefore(principal.signedInAt().plus(maxLifetime)) ? CURRENT : EXPIRED;
    }
}
