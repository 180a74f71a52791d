package org.latitude.security;

import java.util.Optional;
import org.latitude.security.internal.LatitudeUserDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making the current request; services use it for object-level checks (an annotator reads only their work). */
@Component
public class CurrentUser {

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

    /** Who to record as the author of a change: the signed-in user's name, or {@code system} for start-up work. */
    public String actorName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getName() != null ? auth.getName() : SystemIdentity.NAME;
    }

    public boolean isAdmin() {
        return get().map(CurrentIdentity::isAdmin).orElse(false);
    }
}
