package org.latitude.judge.internal.live;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.latitude.judge.JobStatus;
import org.latitude.judge.internal.CampaignScope;
import org.latitude.judge.internal.live.JobExecution.Stop;
import org.latitude.security.SystemIdentity;
import org.latitude.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs live jobs claimed from the database. Every few seconds this instance claims jobs that are queued, or running
 * under an expired lease (their instance crashed), renews the lease of each job it runs, and notices a cancel made
 * on any instance. On shutdown it stops sending, lets go of its leases, and another instance (or the next start)
 * resumes the jobs where the stored calls end. Runs as the system actor.
 */
@Component
public class JobRunner implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    /** The stores and scopes a run needs. */
    record Services(JobStore jobs, CallStore calls, EndpointStore endpoints, CampaignScope scopes) {
    }

    private final Services services;
    private final Clock clock;
    private final boolean enabled;
    private final Duration lease;
    private final Duration poll;
    private final Backoff backoff;
    private final String instance;
    private final Map<Long, JobExecution> running = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;

    JobRunner(JobStore jobs, CallStore calls, EndpointStore endpoints, CampaignScope scopes, Clock clock,
              @Value("${latitude.judge.runner.enabled:true}") boolean enabled,
              @Value("${latitude.judge.lease-seconds:60}") int leaseSeconds,
              @Value("${latitude.judge.poll-millis:3000}") long pollMillis,
              @Value("${latitude.judge.backoff-base-millis:1000}") long backoffBase,
              @Value("${latitude.judge.backoff-max-millis:60000}") long backoffMax) {
        this.services = new Services(jobs, calls, endpoints, scopes);
        this.clock = clock;
        this.enabled = enabled;
        this.lease = Duration.ofSeconds(leaseSeconds);
        this.poll = Duration.ofMillis(pollMillis);
        this.backoff = new Backoff(backoffBase, backoffMax);
        this.instance = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Looks for claimable jobs now (after a start or a resume) instead of at the next poll. */
    public void wake() {
        ScheduledExecutorService s = scheduler;
        if (s != null) {
            s.execute(this::poll);
        }
    }

    /** Stops sending for a job this instance runs (its status is already CANCELLED in the database). */
    public void cancelled(long jobId) {
        JobExecution e = running.get(jobId);
        if (e != null) {
            e.stop(Stop.CANCELLED);
        }
    }

    public String instance() {
        return instance;
    }

    private void poll() {
        try {
            for (long id : services.jobs().claimable(clock.instant())) {
                if (!running.containsKey(id) && services.jobs().claim(id, instance, clock.instant(),
                        clock.instant().plus(lease))) {
                    Thread.ofPlatform().name("judge-job-" + id).daemon().start(() -> SystemIdentity.runAsSystem(
                            () -> run(id)));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Looking for judge jobs failed: {}", e.toString());
        }
    }

    private void run(long id) {
        JobStore.Job job = services.jobs().find(id).orElseThrow();
        JobExecution execution;
        ChatClient client;
        try {
            var template = JudgeTemplates.find(job.templateKey(), job.templateVersion()).orElseThrow(
                    () -> new ValidationException("Unknown template " + job.templateKey() + " v"
                            + job.templateVersion() + "."));
            CampaignScope.Scope scope = services.scopes().of(job.campaignId(), template.kind());
            EndpointStore.Target target = services.endpoints().target(job.endpointId());
            client = new ChatClient(target.baseUrl(), target.model(), target.apiKey(),
                    Duration.ofSeconds(Math.max(1, job.settings().timeoutSeconds())));
            execution = new JobExecution(job, template.kind(), scope, client, services, backoff, clock);
        } catch (RuntimeException e) {
            String reason = e instanceof ValidationException v ? String.join(" ", v.problems())
                    : "could not start: " + e.getClass().getSimpleName();
            LOG.warn("Judge job {} could not start: {}", id, reason);
            services.jobs().finish(id, instance, JobStatus.FAILED, reason, clock.instant());
            return;
        }
        running.put(id, execution);
        ScheduledFuture<?> renewal = scheduler.scheduleAtFixedRate(() -> renew(id, execution),
                lease.toMillis() / 3, lease.toMillis() / 3, TimeUnit.MILLISECONDS);
        Stop stop;
        try (client) {
            stop = execution.run();
        } catch (InterruptedException e) {
            stop = Stop.SHUTDOWN;
        } finally {
            renewal.cancel(false);
            running.remove(id);
        }
        end(id, stop);
    }

    private void renew(long id, JobExecution execution) {
        try {
            if (services.jobs().renew(id, instance, clock.instant().plus(lease)) == JobStatus.CANCELLED) {
                execution.stop(Stop.CANCELLED);
            }
        } catch (RuntimeException e) {
            LOG.warn("Renewing the lease of judge job {} failed: {}", id, e.toString());
        }
    }

    private void end(long id, Stop stop) {
        switch (stop) {
            case SHUTDOWN -> services.jobs().release(id, instance);
            case ERROR -> services.jobs().finish(id, instance, JobStatus.FAILED, "a unit could not be judged or "
                    + "stored; details are in the server log; resume the job once the cause is fixed",
                    clock.instant());
            case CANCELLED -> services.jobs().finish(id, instance, JobStatus.CANCELLED, "cancelled", clock.instant());
            case BUDGET_CALLS -> services.jobs().finish(id, instance, JobStatus.BUDGET,
                    "stopped before exceeding the budget in calls", clock.instant());
            case BUDGET_TOKENS -> services.jobs().finish(id, instance, JobStatus.BUDGET,
                    "stopped before exceeding the budget in tokens", clock.instant());
            case NONE -> {
                long failed = services.jobs().progress(null).stream().filter(p -> p.id() == id).findFirst()
                        .map(p -> p.callsFailed()).orElse(0L);
                services.jobs().finish(id, instance, JobStatus.DONE, failed == 0 ? null
                        : failed + " calls failed every attempt; resume the job to try them again", clock.instant());
            }
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        scheduler = Executors.newScheduledThreadPool(2, r -> Thread.ofPlatform().name("judge-runner").daemon()
                .unstarted(r));
        scheduler.scheduleWithFixedDelay(this::poll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = scheduler;
        if (s == null) {
            return;
        }
        running.values().forEach(e -> e.stop(Stop.SHUTDOWN));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        s.shutdownNow();
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "latitude";
        }
    }
}
