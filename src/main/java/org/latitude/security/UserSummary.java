package org.latitude.security;

import java.time.Instant;
import java.util.Set;

/** A user as the rest of the application sees one: never the password hash. */
public record UserSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                          boolean mustChangePassword, Instant createdAt) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
