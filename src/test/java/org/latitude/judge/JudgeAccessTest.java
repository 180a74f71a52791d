package org.latitude.judge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every public method of every service of the judge module, called as each role: an annotator (and an anonymous
 * caller) is denied each one before it runs; an admin passes the same security check. The services are the only way
 * into model judgments, endpoints and jobs (their stores are {@code internal}).
 */
@LatitudeSpringTest
class JudgeAccessTest {

    @Autowired
    JudgmentImports imports;
    @Autowired
    JudgmentImportJobs importJobs;
    @Autowired
    ModelJudgments judgments;
    @Autowired
    JudgeJobs jobs;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private List<Object> services() {
        return List.of(imports, importJobs, judgments, jobs);
    }

    @Test
    void everyPublicMethodOfEveryJudgeServiceIsDeclaredForAdminsOnly() {
        List<String> undeclared = new ArrayList<>();
        for (Object service : services()) {
            for (Method m : publicMethods(service)) {
                RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
                if (roles == null || !Arrays.equals(roles.value(), new String[] {"ADMIN"})) {
                    undeclared.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(undeclared).as("public judge service methods not @RolesAllowed(\"ADMIN\")").isEmpty();
    }

    @Test
    void eachRoleReachesExactlyTheMethodsItsRoleAllows() throws Exception {
        for (Role role : Role.values()) {
            TestUsers.signIn(users, TestUsers.create(accounts, "role-" + role.name().toLowerCase(), role).username());
            Map<String, Throwable> outcomes = callEveryMethod();
            assertThat(outcomes).as("methods tried as " + role).hasSizeGreaterThanOrEqualTo(25);
            if (role == Role.ADMIN) {
                assertThat(outcomes.entrySet()).as("methods an admin was denied").noneMatch(e ->
                        e.getValue() instanceof AccessDeniedException);
            } else {
                assertThat(outcomes.entrySet()).as("methods a " + role + " reached").allMatch(e ->
                        e.getValue() instanceof AccessDeniedException);
            }
            TestUsers.signOut();
        }
    }

    @Test
    void anAnonymousCallerReachesNoMethod() throws Exception {
        TestUsers.signOut();
        assertThat(callEveryMethod().values()).allMatch(e -> e instanceof AccessDeniedException
                || e instanceof AuthenticationCredentialsNotFoundException);
    }

    /** Calls each method with zero / null arguments; the outcome is what it threw (null: it returned). */
    private Map<String, Throwable> callEveryMethod() throws Exception {
        Map<String, Throwable> out = new java.util.LinkedHashMap<>();
        for (Object service : services()) {
            for (Method m : publicMethods(service)) {
                String name = m.getDeclaringClass().getSimpleName() + "." + m.getName()
                        + Arrays.toString(m.getParameterTypes());
                Throwable thrown = null;
                try {
                    Object result = m.invoke(service, defaults(m));
                    if (result instanceof CompletableFuture<?> f) {
                        // a background job denied inside would complete exceptionally
                        try {
                            f.get(30, TimeUnit.SECONDS);
                        } catch (java.util.concurrent.ExecutionException e) {
                            thrown = e.getCause() instanceof AccessDeniedException ? e.getCause() : null;
                        }
                    }
                } catch (InvocationTargetException e) {
                    thrown = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
                }
                out.put(name, thrown);
            }
        }
        return out;
    }

    private static List<Method> publicMethods(Object proxy) {
        Class<?> type = AopUtils.getTargetClass(proxy);
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()).toList();
    }

    private static Object[] defaults(Method m) {
        Object[] args = new Object[m.getParameterCount()];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == long.class ? 0L : types[i] == int.class ? 0 : types[i] == boolean.class ? false
                    : types[i] == double.class ? 0.0 : null;
        }
        return args;
    }
}
