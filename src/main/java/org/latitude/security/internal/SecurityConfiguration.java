package org.latitude.security.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.latitude.security.Role;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Web security: Vaadin's configurer (form login at {@code /login}, logout that invalidates the session), CSRF on for
 * everything but Vaadin's own token-protected requests (the login form included), our throttled database
 * authentication, sessions that end when the account changes ({@link SessionRevocationFilter}), the response headers
 * of {@link SecurityHeaders}, and method security ({@code @RolesAllowed}) so services are guarded even when a view is
 * not — through {@link CurrentSessionAuthorization}, which also refuses a session that must end.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = false)
class SecurityConfiguration {

    /** The login route; the view itself lives in the UI module, which nothing may depend on. */
    static final String LOGIN_ROUTE = "login";

    /** Swagger UI for the REST API: its entry and its static files. */
    static final String[] API_DOCS_PAGES = {"/admin/api-docs", "/admin/swagger-ui/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignedInSessions sessions,
                                            SecurityEvents events) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(SecurityHeaders.STATIC_PATHS).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").access(adminWithOwnPassword())
                // the REST API's browsable documentation (springdoc's Swagger UI); the API itself has its own chain
                .requestMatchers(API_DOCS_PAGES).access(adminWithOwnPassword()));
        // the ThrottledAuthenticationProvider bean is the global manager's only provider; adding it here as well
        // would make a failed attempt count twice (the chain's manager falls back to the global one)
        http.addFilterAfter(new SessionRevocationFilter(sessions, events), SecurityContextHolderFilter.class);
        http.headers(SecurityHeaders::configure);
        // Vaadin's configurer exempts the login page from CSRF, which leaves login CSRF open (a cross-site form can
        // sign a victim into an attacker's account). Its login form sends the page's CSRF token anyway, so only
        // Vaadin's own requests, which carry their own token, are exempted here.
        // anyRequest: signed in, not Vaadin's default denyAll, so an unknown address reaches the router and answers
        // 404 with the app's "not found" page instead of a bare 403 (signed out, it still leads to the login)
        http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE).enableCsrfConfiguration(false)
                .anyRequest(any -> any.authenticated()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.build();
    }

    /** Admins only, and not before a password set by someone else was changed (the Vaadin views force that too). */
    private static AuthorizationManager<RequestAuthorizationContext> adminWithOwnPassword() {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() != null && authentication.get().getPrincipal() instanceof LatitudeUserDetails user
                        && user.roles().contains(Role.ADMIN) && !user.mustChangePassword());
    }

    /** {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll}, refusing callers whose session must end. */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250CheckingSessions(ObjectProvider<SignedInSessions> sessions) {
        return AuthorizationManagerBeforeMethodInterceptor.jsr250(new CurrentSessionAuthorization(sessions::getObject));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
