package org.latitude.security.internal;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Response headers on every response, Vaadin's pages included. They are written before the request is handled:
 * Vaadin forwards page requests to its servlet, and a forwarded response is committed without the lazy header hook,
 * which is why Vaadin's pages used to carry only its own {@code X-Frame-Options: SAMEORIGIN} (Vaadin leaves that header
 * alone when one is set already).
 *
 * <p>The Content-Security-Policy allows only this origin. Vaadin Flow needs {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'} for scripts (its bootstrap page has inline scripts and {@code executeJs} evaluates code) and
 * inline styles; the policy still stops loading anything from elsewhere, plugins, {@code <base>} tricks, forms posting
 * elsewhere and framing. Item content is kept inert by being rendered as text, not by this policy.
 */
final class SecurityHeaders {

    /** Our own static files (permitted to everyone; cacheable). */
    static final String[] STATIC_PATHS = {"/styles/**", "/js/**", "/images/**", "/icons/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // no-store everywhere but on static files, whose handlers set their own caching
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(staticFiles()),
                        new CacheControlHeadersWriter()));
        // X-Content-Type-Options: nosniff and (on HTTPS requests) Strict-Transport-Security are Spring's defaults
    }

    private static RequestMatcher staticFiles() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = new RequestMatcher[STATIC_PATHS.length + 1];
        for (int i = 0; i < STATIC_PATHS.length; i++) {
            matchers[i] = paths.matcher(STATIC_PATHS[i]);
        }
        matchers[STATIC_PATHS.length] = paths.matcher("/VAADIN/**");
        return new OrRequestMatcher(matchers);
    }
}
