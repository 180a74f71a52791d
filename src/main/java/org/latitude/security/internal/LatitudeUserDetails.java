package org.latitude.security.internal;

import java.util.Collection;
import java.util.Set;
import org.latitude.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: immutable, carries the user id so services need no lookup per request. */
public record LatitudeUserDetails(long id, String username, String passwordHash, boolean enabled, Set<Role> roles,
                                  boolean mustChangePassword) implements UserDetails {

    public LatitudeUserDetails {
        roles = Set.copyOf(roles);
    }

    static LatitudeUserDetails of(UserAccount account) {
        return new LatitudeUserDetails(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(), account.getRoles(), account.isMustChangePassword());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash never leaves in logs or serialised sessions' toString. */
    @Override
    public String toString() {
        return "LatitudeUserDetails[" + username + ", " + roles + "]";
    }
}
