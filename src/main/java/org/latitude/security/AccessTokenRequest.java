package org.latitude.security;

import java.util.Set;

/** What a user asks for when creating a token: a name to recognise it by, its scopes and how many days it lives. */
public record AccessTokenRequest(String name, Set<ApiScope> scopes, Integer lifetimeDays) {

    public AccessTokenRequest {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
