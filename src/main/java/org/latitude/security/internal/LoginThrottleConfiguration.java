package org.latitude.security.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The login throttle from {@code latitude.login.*} (documented in application.properties and docs/security.md). */
@Configuration
class LoginThrottleConfiguration {

    @Bean
    ThrottleSettings throttleSettings(@Value("${latitude.login.first-delay}") Duration firstDelay,
                                      @Value("${latitude.login.pair.free-failures}") int pairFree,
                                      @Value("${latitude.login.pair.max-delay}") Duration pairMax,
                                      @Value("${latitude.login.account.free-failures}") int accountFree,
                                      @Value("${latitude.login.account.max-delay}") Duration accountMax,
                                      @Value("${latitude.login.address.free-failures}") int addressFree,
                                      @Value("${latitude.login.address.max-delay}") Duration addressMax,
                                      @Value("${latitude.login.window}") Duration window) {
        return new ThrottleSettings(new ThrottleRule(pairFree, firstDelay, pairMax),
                new ThrottleRule(accountFree, firstDelay, accountMax),
                new ThrottleRule(addressFree, firstDelay, addressMax), window);
    }

    @Bean
    LoginThrottle loginThrottle(JdbcTemplate jdbc, ThrottleSettings settings, Clock clock) {
        return new LoginThrottle(jdbc, settings, clock);
    }
}
