package org.latitude.security;

import java.util.Set;

/** The signed-in user's id, name and roles. */
public record CurrentIdentity(long userId, String username, Set<Role> roles) {

    public CurrentIdentity {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
