package org.latitude.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.latitude.security.TokenUse;
import org.latitude.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer lat_…} header: the token is found by the SHA-256
 * of what was sent, checked against its user as stored now ({@link TokenVerdict}), and counted against its rate
 * limit. A request without the header goes on anonymous (and is refused by the authorization rules with a 401
 * problem); a bad token is refused here, so it is never mistaken for anonymous access.
 */
final class AccessTokenFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger("latitude.security");
    private static final String BEARER = "Bearer ";

    private final AccessTokenStore store;
    private final Clock clock;
    private final ApiRateLimit rateLimit;

    AccessTokenFilter(AccessTokenStore store, Clock clock, ApiRateLimit rateLimit) {
        this.store = store;
        this.clock = clock;
        this.rateLimit = rateLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(request, response, "Send a personal access token as 'Authorization: Bearer lat_…'.");
            return;
        }
        String presented = header.substring(BEARER.length()).strip();
        Instant now = clock.instant();
        Optional<AccessTokenStore.Found> found = AccessTokenSecrets.wellFormed(presented)
                ? store.findByHash(AccessTokenSecrets.hash(presented), now) : Optional.empty();
        if (found.isEmpty()) {
            refuse(request, response, "The token is not known. Tokens are created on the account page.");
            return;
        }
        AccessTokenStore.Found token = found.get();
        TokenVerdict verdict = TokenVerdict.of(token.token(), token.user(), now);
        if (!verdict.accepted()) {
            LOG.info("api token refused: token={} user={} reason={} address={}", token.token().prefix(),
                    token.user().username(), verdict.reason(), request.getRemoteAddr());
            refuse(request, response, verdict.reason());
            return;
        }
        AccessTokenStore.RateCount count = store.countRequest(token.token().id(), now, rateLimit.window());
        if (count.requests() > rateLimit.requests()) {
            Duration wait = Duration.between(now, count.windowStart().plus(rateLimit.window()));
            long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ApiProblems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "This token sent more than " + rateLimit.requests() + " requests in " + rateLimit.window()
                            .toSeconds() + " s. Try again in " + seconds + " s."));
            return;
        }
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(new AccessTokenAuthentication(token.user(),
                new TokenUse(token.token().id(), token.token().prefix(), token.token().scopes())));
        strategy.setContext(context);
        // method security need not look the account up again for this request (see SignedInSessions.mustEnd)
        request.setAttribute(SignedInSessions.CHECKED, token.user());
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token", detail);
        ApiProblems.write(request, response, problem);
    }
}
