package org.latitude.judge;

import org.latitude.shared.CampaignId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.latitude.audit.AuditLog;
import org.latitude.judge.internal.BatchStore;
import org.latitude.judge.internal.CampaignScope;
import org.latitude.judge.internal.RaterStore;
import org.latitude.judge.internal.live.ChatClient;
import org.latitude.judge.internal.live.ChatRequest;
import org.latitude.judge.internal.live.EndpointStore;
import org.latitude.judge.internal.live.JobEstimator;
import org.latitude.judge.internal.live.JobRunner;
import org.latitude.judge.internal.live.JobStore;
import org.latitude.judge.internal.live.JudgeTemplates;
import org.latitude.security.CurrentUser;
import org.latitude.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Live judging: endpoints (API keys never shown back), a cost estimate before a job starts, and jobs that run in the
 * background ({@link JobRunner}): start, watch, cancel, resume. Admins only.
 */
@Service
public class JudgeJobs {

    private final EndpointStore endpoints;
    private final JobStore jobs;
    private final JobRunner runner;
    private final JobEstimator estimator;
    private final CampaignScope scopes;
    private final RaterStore raters;
    private final BatchStore batches;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    JudgeJobs(EndpointStore endpoints, JobStore jobs, JobRunner runner, JobEstimator estimator, CampaignScope scopes,
              RaterStore raters, BatchStore batches, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.endpoints = endpoints;
        this.jobs = jobs;
        this.runner = runner;
        this.estimator = estimator;
        this.scopes = scopes;
        this.raters = raters;
        this.batches = batches;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates or updates an endpoint (by name); a blank key keeps the stored one. */
    @RolesAllowed("ADMIN")
    @Transactional
    public EndpointSummary saveEndpoint(EndpointSettings settings) {
        List<String> problems = JobRules.problems(settings);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = endpoints.save(settings, clock.instant(), currentUser.actorName());
        audit.record("judge.endpoint", settings.name().strip(), settings.baseUrl().strip() + " " + settings.model()
                + (settings.apiKey() != null && !settings.apiKey().isBlank() ? ", key stored (encrypted)" : ""));
        return endpoints.summary(id).orElseThrow();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<EndpointSummary> endpoints() {
        return endpoints.all();
    }

    /** Sends one tiny request and says whether it worked and whether the server returns logprobs. */
    @RolesAllowed("ADMIN")
    public ConnectionCheck testConnection(long endpointId) {
        EndpointStore.Target target;
        try {
            target = endpoints.target(endpointId);
        } catch (ValidationException e) {
            return new ConnectionCheck(false, String.join(" ", e.problems()));
        }
        long started = System.nanoTime();
        try (ChatClient client = new ChatClient(target.baseUrl(), target.model(), target.apiKey(),
                Duration.ofSeconds(20))) {
            var result = client.complete(new ChatRequest(List.of(new ChatRequest.Message("user",
                    "Reply with the single word OK.")), 0, 1, 1));
            long ms = (System.nanoTime() - started) / 1_000_000;
            return new ConnectionCheck(true, "Connected in " + ms + " ms; the model answered '" + quote(result.text())
                    + "'; log-probabilities " + (result.hasLogprobs() ? "offered" : "not offered") + ".");
        } catch (org.latitude.judge.internal.live.CallFailure f) {
            return new ConnectionCheck(false, "The endpoint did not answer as expected: " + f.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ConnectionCheck(false, "Interrupted.");
        }
    }

    /** The templates a campaign's task can use. */
    @RolesAllowed("ADMIN")
    public List<PromptTemplate> templates() {
        return JudgeTemplates.ALL;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public CostEstimate estimate(JobSettings settings) {
        requireValid(settings);
        PromptTemplate template = template(settings);
        return estimator.estimate(scopes.of(settings.campaignId().value(), template.kind()), template.kind(), settings);
    }

    /** Creates the job with its units; it starts as soon as this instance (or another) claims it. */
    @RolesAllowed("ADMIN")
    @Transactional
    public JobProgress start(JobSettings settings) {
        requireValid(settings);
        PromptTemplate template = template(settings);
        CampaignScope.Scope scope = scopes.of(settings.campaignId().value(), template.kind());
        EndpointSummary endpoint = endpoints.summary(settings.endpointId())
                .orElseThrow(() -> new ValidationException("No endpoint " + settings.endpointId() + "."));
        RaterSpec spec = new RaterSpec(endpoint.model(), blank(settings.modelVersion()) ? endpoint.model()
                : settings.modelVersion().strip(), endpoint.provider(), template.key(), template.version(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), decoding(settings), null);
        ModelRater found = raters.find(spec).orElse(null);
        if (found != null && batches.forCampaign(scope.campaignId()).stream()
                .anyMatch(b -> b.rater().id().equals(found.id()))) {
            throw new ValidationException("The rater " + found.label() + " already has judgments in this campaign: "
                    + "resume its job, delete its batch, or give this run another model version label.");
        }
        ModelRater rater = found;
        if (rater == null) {
            rater = raters.create(spec, clock.instant(), currentUser.actorName());
        } else if (!rater.decoding().equals(spec.decoding()) || !rater.provider().equals(spec.provider())) {
            throw new ValidationException("The rater " + rater.label() + " exists with other decoding settings; give "
                    + "this run another model version label.");
        }
        String actor = currentUser.actorName();
        long batch = batches.create(scope.campaignId(), rater.id().value(), template.kind(), BatchStore.LIVE,
                "live job on " + endpoint.name(), "live-" + UUID.randomUUID(), clock.instant(), actor);
        List<long[]> units = estimator.units(scope, template.kind());
        long calls = estimator.callsTotal(scope, template.kind(), settings, units);
        long id = jobs.create(scope.campaignId(), endpoint.id(), rater.id().value(), batch, template.key(), template.version(),
                settings, calls, clock.instant(), actor);
        jobs.addUnits(id, units);
        audit.record("judge.job.start", scope.campaignId() + " " + scope.name(), "job " + id + ": " + template.key()
                + " v" + template.version() + " on " + endpoint.name() + " (" + endpoint.model() + "), " + units.size()
                + " units, budget " + settings.budgetCalls() + " calls / " + settings.budgetTokens() + " tokens");
        wakeAfterCommit();
        return progress(id);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void cancel(long jobId) {
        if (!jobs.setStatus(jobId, JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.CANCELLED, "cancelled by "
                + currentUser.actorName())) {
            throw new ValidationException("Job " + jobId + " is not queued or running.");
        }
        runner.cancelled(jobId);
        audit.record("judge.job.cancel", "job " + jobId, null);
    }

    /** Queues a stopped job again, optionally with a new budget; finished calls are not repeated. */
    @RolesAllowed("ADMIN")
    @Transactional
    public JobProgress resume(long jobId, long budgetCalls, long budgetTokens) {
        JobProgress p = progress(jobId);
        if (!p.resumable()) {
            throw new ValidationException("Job " + jobId + " cannot be resumed (" + p.status().name()
                    .toLowerCase(Locale.ROOT) + (p.callsFailed() == 0 && p.status() == JobStatus.DONE
                    ? ", nothing left to do" : "") + ").");
        }
        if (budgetCalls < 1 || budgetTokens < 1) {
            throw new ValidationException("The budget allows at least one call and one token.");
        }
        jobs.setBudget(jobId, budgetCalls, budgetTokens);
        jobs.setStatus(jobId, p.status(), p.status(), JobStatus.QUEUED, null);
        audit.record("judge.job.resume", "job " + jobId, "budget " + budgetCalls + " calls / " + budgetTokens
                + " tokens");
        wakeAfterCommit();
        return progress(jobId);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public JobProgress progress(long jobId) {
        return jobs.progress(null).stream().filter(p -> p.id() == jobId).findFirst()
                .orElseThrow(() -> new ValidationException("No job " + jobId + "."));
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<JobProgress> jobs(CampaignId campaignId) {
        return jobs.progress(campaignId.value());
    }

    /** The latest failed attempts of a job, newest first. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AttemptFailure> failures(long jobId, int limit) {
        return jobs.failures(jobId, Math.min(limit, 1000));
    }

    /** The latest stored calls of a job with their raw answers, newest first. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<CallRecord> calls(long jobId, int limit) {
        return jobs.calls(jobId, Math.min(limit, 1000));
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.wake();
                }
            });
        } else {
            runner.wake();
        }
    }

    private static PromptTemplate template(JobSettings settings) {
        return JudgeTemplates.ALL.stream().filter(t -> t.key().equals(settings.templateKey())).findFirst()
                .orElseThrow(() -> new ValidationException("No template '" + settings.templateKey() + "'."));
    }

    private static void requireValid(JobSettings settings) {
        List<String> problems = JobRules.problems(settings);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String decoding(JobSettings s) {
        return String.format(Locale.ROOT, "temperature=%s, max_tokens=%d, top_logprobs=%d%s", s.temperature(),
                s.maxTokens(), s.topLogprobs(), s.bothOrders() ? ", both orders" : "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String quote(String s) {
        String t = s == null ? "" : s.replace("\n", " ");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }
}
