package org.latitude.security.internal;

import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username/password authentication against the database, refused early while the throttle says to wait; every
 * outcome is a security event. The client address is Tomcat's, which honours forwarded headers only from the
 * configured trusted proxies.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final SecurityEvents events;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    SecurityEvents events) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = authentication.getName() == null ? "" : authentication.getName().trim().toLowerCase(Locale.ROOT);
        String address = addressOf(authentication);
        var wait = throttle.waitFor(account, address);
        if (wait.isPresent()) {
            events.throttledAttemptRefused(account, address, wait.get());
            throw new LoginThrottledException(wait.get());
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(account,
                authentication.getCredentials());
        attempt.setDetails(authentication.getDetails());
        try {
            Authentication result = delegate.authenticate(attempt);
            throttle.recordSuccess(account, address);
            events.signedIn(account, address);
            return result;
        } catch (AuthenticationException e) {
            var next = throttle.recordFailure(account, address);
            events.signInFailed(account, address, e instanceof DisabledException ? "disabled account"
                    : "unknown user or wrong password");
            next.ifPresent(w -> events.throttleStarted(account, address, w));
            throw e instanceof BadCredentialsException || e instanceof DisabledException ? e
                    : new BadCredentialsException("Bad credentials");
        }
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
