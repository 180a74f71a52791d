package org.latitude.security.internal;

import java.time.Instant;
import java.util.Optional;
import org.latitude.security.AccessTokenSummary;
import org.latitude.security.ApiScope;
import org.latitude.security.Role;

/**
 * Whether a presented token may act now, and if not, why (told to the caller: the token's owner needs to know what
 * to fix, and none of these reasons reveals anything to someone who does not hold the token).
 */
record TokenVerdict(boolean accepted, String reason) {

    static final TokenVerdict ACCEPTED = new TokenVerdict(true, null);

    static TokenVerdict refused(String reason) {
        return new TokenVerdict(false, reason);
    }

    /** Checked on every request against the token and its user as stored at that moment. */
    static TokenVerdict of(AccessTokenSummary token, LatitudeUserDetails user, Instant now) {
        if (token.revokedAt() != null) {
            return refused("The token was revoked.");
        }
        if (!now.isBefore(token.expiresAt())) {
            return refused("The token expired at " + token.expiresAt() + ".");
        }
        if (!user.enabled()) {
            return refused("The token's user is disabled.");
        }
        if (user.mustChangePassword()) {
            return refused("The token's user must choose a new password (it was reset by an admin) before the "
                    + "token works again.");
        }
        for (ApiScope scope : token.scopes()) {
            Optional<Role> needed = scope.requiredRole();
            if (needed.isPresent() && !user.roles().contains(needed.get())) {
                return refused("The token's scope " + scope.value() + " needs the role " + needed.get()
                        + ", which its user no longer has; create a new token.");
            }
        }
        return ACCEPTED;
    }
}
