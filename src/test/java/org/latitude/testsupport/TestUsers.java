package org.latitude.testsupport;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.latitude.security.NewUser;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Creates uniquely named users and runs code as them, so tests sharing one database never collide. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-123";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestUsers() {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() % 1000 + "-" + COUNTER.incrementAndGet();
    }

    public static UserSummary create(UserAccountService accounts, String prefix, Role... roles) {
        String name = uniqueName(prefix);
        return SystemIdentity.callAsSystem(() -> accounts.createInitialUser(
                new NewUser(name, prefix + " " + name, Set.of(roles), PASSWORD), false).orElseThrow());
    }

    /** Signs {@code username} in on the current thread (as the login would) until {@link #signOut()}. */
    public static void signIn(UserDetailsService users, String username) {
        var details = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs {@code work} signed in as the test profile's admin, then signs out. */
    public static <T> T asAdmin(UserDetailsService users, Supplier<T> work) {
        signIn(users, LatitudeSpringTest.ADMIN);
        try {
            return work.get();
        } finally {
            signOut();
        }
    }

    public static void asAdmin(UserDetailsService users, Runnable work) {
        asAdmin(users, () -> {
            work.run();
            return null;
        });
    }
}
