package org.latitude.security.internal;

import java.time.Clock;
import java.time.Duration;
import org.latitude.shared.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The REST API's own filter chain, ahead of the Vaadin one and only for {@code /api/**}: stateless (no session is
 * read or created, so a browser's session cookie grants nothing here and CSRF does not apply), authenticated only by
 * personal access tokens ({@link AccessTokenFilter}), errors as RFC 9457 problem details. The OpenAPI document is
 * public — it describes the API, holds no data, and is checked into the repository anyway.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String API_PATHS = "/api/**";
    static final String OPENAPI_DOCUMENT = "/api/v1/openapi.json";

    @Bean
    ApiRateLimit apiRateLimit(@Value("${latitude.api.rate-limit.requests:600}") int requests,
                              @Value("${latitude.api.rate-limit.window:1m}") Duration window) {
        return new ApiRateLimit(requests, window);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AccessTokenStore tokens, Clock clock,
                                       ApiRateLimit rateLimit) throws Exception {
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPENAPI_DOCUMENT, OPENAPI_DOCUMENT + "/**").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            ApiProblems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED,
                                    "unauthenticated", "This endpoint needs a personal access token: "
                                            + "'Authorization: Bearer lat_…'."));
                        })
                        .accessDeniedHandler((request, response, e) -> ApiProblems.write(request, response,
                                Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage()))))
                .addFilterBefore(new AccessTokenFilter(tokens, clock, rateLimit), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
