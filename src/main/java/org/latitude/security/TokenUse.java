package org.latitude.security;

import java.util.Set;

/** The personal access token the current request authenticated with (API requests only). */
public record TokenUse(long tokenId, String prefix, Set<ApiScope> scopes) {

    public TokenUse {
        scopes = Set.copyOf(scopes);
    }

    /** Whether one of the token's scopes covers {@code needed}. */
    public boolean allows(ApiScope needed) {
        return scopes.stream().anyMatch(s -> s.covers(needed));
    }
}
