package org.latitude.judge;

import org.latitude.shared.CampaignId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An annotator reaches no model judgment, endpoint or job through any public method of the judge module's services
 * (every one is tried), and an anonymous caller neither; an admin passes the same security check.
 */
@LatitudeSpringTest
class JudgeAccessTest {

    @Autowired
    JudgmentImports imports;
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

    @Test
    void anAnnotatorIsDeniedEveryPublicMethodOfEveryJudgeService() throws Exception {
        String annotator = TestUsers.create(accounts, "curious", Role.ANNOTATOR).username();
        TestUsers.signIn(users, annotator);
        List<String> reached = new ArrayList<>();
        int tried = 0;
        for (Object service : List.of(imports, judgments, jobs)) {
            for (Method m : publicMethods(service)) {
                tried++;
                try {
                    m.invoke(service, defaults(m));
                    reached.add(m.getName());
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof AccessDeniedException)) {
                        reached.add(m.getName() + " (" + e.getCause() + ")");
                    }
                }
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(20);
        assertThat(reached).as("methods an annotator reached").isEmpty();
    }

    @Test
    void anAdminPassesTheSameCheck() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThat(judgments.raters()).isNotNull();
        assertThat(jobs.endpoints()).isNotNull();
        try {
            imports.batches(new org.latitude.shared.CampaignId(0));
        } catch (AccessDeniedException e) {
            fail("an admin was denied", e);
        }
    }

    private static List<Method> publicMethods(Object proxy) {
        Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(proxy);
        return java.util.Arrays.stream(type.getDeclaredMethods())
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
