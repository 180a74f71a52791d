package org.latitude.security;

import java.time.Instant;
import java.util.Set;

/** A personal access token as its owner sees it in lists: never the token itself, only its first characters. */
public record AccessTokenSummary(long id, long userId, String name, String prefix, Set<ApiScope> scopes,
                                 Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public AccessTokenSummary {
        scopes = Set.copyOf(scopes);
    }

    /** Usable at {@code now}: neither revoked nor expired (its user's state is checked on use). */
    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
