package org.latitude.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.AnnotationStatistics;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Blind annotation at the service: an annotator (even one of the campaign) and an anonymous caller reach no public
 * method of the analysis services or of the annotation statistics it reads — they cannot start, watch or cancel a
 * job nor read a result. An admin starts a background job, watches it to the end and reads the stored result.
 */
@LatitudeSpringTest
class AnalysisAccessTest {

    @Autowired
    CampaignAnalysis analysis;
    @Autowired
    AnalysisJobs jobs;
    @Autowired
    AnnotationStatistics statistics;
    @Autowired
    AnalysisFixtures fixtures;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anAnnotatorOfTheCampaignIsDeniedEveryPublicMethodOfTheAnalysisServices() throws Exception {
        AnalysisFixtures.Annotated c = fixtures.annotated(TaskType.SAFETY_LABEL, 2, 2,
                (a, i) -> SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of()), (a, i) -> 1000L);
        TestUsers.signIn(users, c.annotators().getFirst().username());
        assertThat(reached(c.campaign())).as("methods an annotator reached").isEmpty();
    }

    @Test
    void anAnonymousCallerIsDeniedToo() throws Exception {
        TestUsers.signOut();
        assertThat(reached(new CampaignId(1))).as("methods an anonymous caller reached").isEmpty();
    }

    @Test
    void anAdminStartsAJobWatchesItsProgressToTheEndAndReadsTheStoredResult() throws Exception {
        AnalysisFixtures.Annotated c = fixtures.annotated(TaskType.SAFETY_LABEL, 4, 2,
                (a, i) -> SafetyAnswer.of(i % 2 == 0 ? Verdict.UNSAFE : Verdict.SAFE, Verdict.SAFE,
                        i % 2 == 0 ? List.of("violence") : List.of()), (a, i) -> 2000L);
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        AnalysisProgress queued = jobs.start(c.campaign());
        assertThat(queued.running()).isTrue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        AnalysisProgress p = queued;
        while (p.running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            p = jobs.progress(c.campaign()).orElseThrow();
        }
        assertThat(p.phase()).as(p.failure()).isEqualTo(AnalysisProgress.Phase.DONE);
        assertThat(p.startedBy()).isEqualTo(LatitudeSpringTest.ADMIN);
        StoredAnalysis stored = analysis.latest(c.campaign()).orElseThrow();
        assertThat(stored.startedBy()).isEqualTo(LatitudeSpringTest.ADMIN);
        assertThat(stored.annotations()).isEqualTo(8);
        assertThatThrownBy(() -> jobs.cancel(c.campaign())).hasMessageContaining("No analysis");
    }

    private List<String> reached(CampaignId campaign) throws Exception {
        List<String> reached = new ArrayList<>();
        int tried = 0;
        for (Object service : List.of(analysis, jobs, statistics)) {
            for (Method m : publicMethods(service)) {
                tried++;
                try {
                    m.invoke(service, arguments(m, campaign));
                    reached.add(m.getName());
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof AccessDeniedException
                            || e.getCause() instanceof AuthenticationException)) {
                        reached.add(m.getName() + " (" + e.getCause() + ")");
                    }
                }
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(10);
        return reached;
    }

    private static List<Method> publicMethods(Object proxy) {
        Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(proxy);
        return java.util.Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic())
                // configuration read-outs, no data
                .filter(m -> !m.getName().equals("options") && !m.getName().equals("discretionOptions")
                        && !m.getName().equals("replicates")).toList();
    }

    private static Object[] arguments(Method m, CampaignId campaign) {
        Object[] args = new Object[m.getParameterCount()];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == CampaignId.class ? campaign : types[i] == long.class ? 0L : types[i] == int.class
                    ? 0 : types[i] == boolean.class ? false : types[i] == AnalysisSteps.class ? AnalysisSteps.NONE
                    : types[i] == java.util.function.BooleanSupplier.class
                    ? (java.util.function.BooleanSupplier) () -> false : null;
        }
        return args;
    }
}
