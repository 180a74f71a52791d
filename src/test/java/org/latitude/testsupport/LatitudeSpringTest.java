package org.latitude.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test configuration: the whole application on a random port with the {@code test} profile (in-memory
 * H2, first admin {@code admin} / {@code test-admin-password}). Every Spring test class uses exactly this so they
 * share one cached context — a context start costs 15–20 s on this machine. Tests isolate themselves by creating
 * their own uniquely named users and data instead of resetting the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface LatitudeSpringTest {

    String ADMIN = "admin";
    String ADMIN_PASSWORD = "test-admin-password";
}
