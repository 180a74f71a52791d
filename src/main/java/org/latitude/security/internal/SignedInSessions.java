package org.latitude.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Decides whether a signed-in session may go on: its principal's access version must still be the account's (roles,
 * enabled and password changes raise it), the account enabled, and the sign-in younger than the absolute lifetime
 * ({@code latitude.session.max-lifetime}). Checked once per HTTP request by {@link SessionRevocationFilter} (every
 * Vaadin heartbeat and UIDL request included) and on every secured service call made outside a checked request.
 * The state is in the database, so a change on one instance ends the sessions held by every instance.
 */
@Component
public class SignedInSessions {

    /** Request attribute: the principal this request was already checked for. */
    static final String CHECKED = SignedInSessions.class.getName() + ".checked";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration maxLifetime;

    SignedInSessions(JdbcTemplate jdbc, Clock clock, @Value("${latitude.session.max-lifetime}") Duration maxLifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    SessionVerdict check(LatitudeUserDetails principal) {
        List<SessionVerdict.AccountAccess> stored = jdbc.query(
                "select enabled, access_version from app_user where id = ?",
                (rs, n) -> new SessionVerdict.AccountAccess(rs.getBoolean(1), rs.getLong(2)), principal.id());
        return SessionVerdict.of(principal, stored.isEmpty() ? null : stored.getFirst(), clock.instant(), maxLifetime);
    }

    /** True when {@code authentication} is a user's whose session must end (false for anonymous and system). */
    boolean mustEnd(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof LatitudeUserDetails principal)) {
            return false;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) == principal) {
            return false; // the filter checked this request already
        }
        return check(principal) != SessionVerdict.CURRENT;
    }

    /**
     * After the signed-in user changed their own password: this session takes the account's new access version and
     * goes on, while every other session of the user ends at its next request.
     */
    void keepCurrentSession(long userId, long newAccessVersion, boolean mustChangePassword) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof LatitudeUserDetails principal) || principal.id() != userId) {
            return;
        }
        LatitudeUserDetails renewed = principal.withAccess(newAccessVersion, mustChangePassword);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(renewed, null,
                renewed.getAuthorities());
        token.setDetails(auth.getDetails());
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(token);
        strategy.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
            request.setAttribute(CHECKED, renewed);
        }
    }
}
