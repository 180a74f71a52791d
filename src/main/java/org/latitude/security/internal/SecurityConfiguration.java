package org.latitude.security.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: Vaadin's configurer (form login at {@code /login}, logout that invalidates the session), CSRF on for
 * everything but Vaadin's own token-protected requests (the login form included), our throttled database authentication, and method
 * security ({@code @RolesAllowed}) so services are guarded even when a view is not.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** The login route; the view itself lives in the UI module, which nothing may depend on. */
    static final String LOGIN_ROUTE = "login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/js/**", "/images/**", "/icons/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN"));
        // the ThrottledAuthenticationProvider bean is the global manager's only provider; adding it here as well
        // would make a failed attempt count twice (the chain's manager falls back to the global one)
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(ref -> ref.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN)));
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
