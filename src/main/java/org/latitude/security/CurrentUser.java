package org.latitude.security;

import java.util.Optional;
import org.latitude.security.internal.AccessTokenAuthentication;
import org.latitude.security.internal.LatitudeUserDetails;
import org.latitude.shared.ActingUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making the current request; services use it for object-level checks (an annotator reads only their work).
 * It is also the application's one {@link ActingUser}: the name the audit log and stored records give the actor.
 */
@Component
public class CurrentUser implements ActingUser {

    public Optional<CurrentIdentity> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof LatitudeUserDetails details) {
            return Optional.of(new CurrentIdentity(details.id(), details.getUsername(), details.roles()));
        }
        return Optional.empty();
    }

    /** The signed-in user, or an {@link IllegalStateException} when called outside an authenticated request. */
    public CurrentIdentity require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    @Override
    public String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            return SYSTEM;
        }
        return auth instanceof AnonymousAuthenticationToken ? ANONYMOUS : auth.getName();
    }

    /** Who to record as the author of a change (see {@link ActingUser}). */
    public String actorName() {
        return name();
    }

    /** The personal access token this request authenticated with; empty for a signed-in session. */
    public Optional<TokenUse> token() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof AccessTokenAuthentication token
                ? Optional.of(token.token()) : Optional.empty();
    }

    public boolean isAdmin() {
        return get().map(CurrentIdentity::isAdmin).orElse(false);
    }
}
