package org.latitude.security;

import java.util.Set;

/** What an admin types to create a user. */
public record NewUser(String username, String displayName, Set<Role> roles, String initialPassword) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
