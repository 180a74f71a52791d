package org.latitude.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on its first request after the account changed (roles, enabled, password) or after the
 * absolute lifetime: the HTTP session is invalidated and the request goes on anonymous, so a page is sent to the login
 * and a Vaadin heartbeat or UIDL request finds no UI to act on (the browser reloads into the login page).
 */
final class SessionRevocationFilter extends OncePerRequestFilter {

    private final SignedInSessions sessions;
    private final SecurityEvents events;

    SessionRevocationFilter(SignedInSessions sessions, SecurityEvents events) {
        this.sessions = sessions;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof LatitudeUserDetails principal) {
            SessionVerdict verdict = sessions.check(principal);
            if (verdict == SessionVerdict.CURRENT) {
                request.setAttribute(SignedInSessions.CHECKED, principal);
            } else {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                strategy.clearContext();
                events.sessionEnded(principal.username(), verdict.reason(), request.getRemoteAddr());
            }
        }
        chain.doFilter(request, response);
    }
}
