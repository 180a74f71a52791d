package org.latitude.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.latitude.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: immutable, carries the user id so services need no lookup per request, the account's
 * access version at sign-in (a later change of roles, enabled or password ends the session) and the sign-in time
 * (for the absolute session lifetime).
 */
public record LatitudeUserDetails(long id, String username, String passwordHash, boolean enabled, Set<Role> roles,
                                  boolean mustChangePassword, long accessVersion, Instant signedInAt)
        implements UserDetails {

    public LatitudeUserDetails {
        roles = Set.copyOf(roles);
    }

    static LatitudeUserDetails of(UserAccount account, Instant signedInAt) {
        return new LatitudeUserDetails(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(), account.getRoles(), account.isMustChangePassword(), account.getAccessVersion(),
                signedInAt);
    }

    /** The same sign-in under a new access version (the session that changed its own password keeps going). */
    LatitudeUserDetails withAccess(long newAccessVersion, boolean newMustChangePassword) {
        return new LatitudeUserDetails(id, username, passwordHash, enabled, roles, newMustChangePassword,
                newAccessVersion, signedInAt);
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
