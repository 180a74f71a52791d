package org.latitude.judge.internal.live;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.latitude.dataset.Item;
import org.latitude.judge.JobSettings;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.internal.CampaignScope;
import org.latitude.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a claimed job: its pending units, at most {@code concurrency} at a time (each unit's calls in order),
 * request starts spaced by the rate limit, retries with back-off on retryable failures, and the budget checked
 * before every attempt so it is never exceeded. Every outcome is stored as it arrives.
 */
final class JobExecution {

    private static final Logger LOG = LoggerFactory.getLogger(JobExecution.class);

    /** Why a run stopped early. */
    enum Stop { NONE, CANCELLED, BUDGET_CALLS, BUDGET_TOKENS, SHUTDOWN, ERROR }

    private final JobStore.Job job;
    private final JudgmentKind kind;
    private final CampaignScope.Scope scope;
    private final CategoryCodes codes;
    private final ChatClient client;
    private final CallStore calls;
    private final JobStore jobs;
    private final JobRunner.Services services;
    private final Backoff backoff;
    private final Clock clock;
    private final RateLimiter limiter;
    private final AtomicLong sent;
    private final AtomicLong tokens;
    private long reservedTokens;
    private volatile Stop stop = Stop.NONE;

    JobExecution(JobStore.Job job, JudgmentKind kind, CampaignScope.Scope scope, ChatClient client,
                 JobRunner.Services services, Backoff backoff, Clock clock) {
        this.job = job;
        this.kind = kind;
        this.scope = scope;
        this.codes = scope.taxonomy() == null ? null : new CategoryCodes(scope.taxonomy());
        this.client = client;
        this.services = services;
        this.calls = services.calls();
        this.jobs = services.jobs();
        this.backoff = backoff;
        this.clock = clock;
        this.limiter = new RateLimiter(job.settings().requestsPerMinute());
        this.sent = new AtomicLong(job.callsSent());
        this.tokens = new AtomicLong(job.tokensUsed());
    }

    void stop(Stop why) {
        if (stop == Stop.NONE) {
            stop = why;
        }
    }

    Stop stopped() {
        return stop;
    }

    /** Runs every pending unit; returns how the run ended. */
    Stop run() throws InterruptedException {
        JobSettings s = job.settings();
        Semaphore slots = new Semaphore(Math.max(1, s.concurrency()));
        List<JobStore.PendingUnit> pending = jobs.pending(job.id());
        try (ExecutorService units = Executors.newVirtualThreadPerTaskExecutor()) {
            for (JobStore.PendingUnit unit : pending) {
                if (stop != Stop.NONE) {
                    break;
                }
                slots.acquire();
                units.execute(() -> SystemIdentity.runAsSystem(() -> {
                    try {
                        runUnit(unit);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        LOG.error("Judge job {} unit {} failed", job.id(), unit.index(), e);
                        stop(Stop.ERROR);
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
        return stop;
    }

    private void runUnit(JobStore.PendingUnit unit) throws InterruptedException {
        Item item = services.scopes().item(unit.itemId());
        List<CallPlan.Call> plan = CallPlan.of(kind, item, unit.principle(), job.settings(), scope, codes);
        CallStore.UnitContext context = new CallStore.UnitContext(job.campaignId(), job.raterId(), job.batchId(),
                kind, unit.itemId(), unit.principle());
        List<CallPlan.Call> open = new ArrayList<>();
        for (CallPlan.Call c : plan) {
            String outcome = unit.outcomes().get(c.index());
            if (outcome == null || outcome.equals("FAILED")) {
                open.add(c);
            }
        }
        if (open.isEmpty()) {
            calls.completeUnit(job.id(), unit.index(), context);
            return;
        }
        boolean allFinal = true;
        for (int i = 0; i < open.size(); i++) {
            CallAnswer answer = attempt(unit.index(), open.get(i));
            if (answer == null) {
                return;
            }
            allFinal &= answer.outcome() != CallAnswer.Outcome.FAILED;
        }
        if (!allFinal) {
            return;
        }
        calls.completeUnit(job.id(), unit.index(), context);
    }

    /** Sends one call with retries and stores its final outcome; null when the run stopped before it finished. */
    private CallAnswer attempt(int unit, CallPlan.Call call) throws InterruptedException {
        JobSettings s = job.settings();
        int failuresBefore = jobs.attemptsSoFar(job.id(), unit, call.index());
        long estimate = call.request().estimatedPromptTokens() + s.maxTokens();
        for (int attempt = 0; ; attempt++) {
            if (stop != Stop.NONE || !reserve(estimate)) {
                return null;
            }
            long started = System.nanoTime();
            try {
                limiter.acquire();
                ChatResult result = client.complete(call.request());
                long used = result.promptTokens() >= 0 && result.completionTokens() >= 0
                        ? result.promptTokens() + result.completionTokens() : estimate;
                release(estimate, used);
                CallAnswer answer = CallPlan.read(kind, result, codes);
                calls.storeCall(job.id(), unit, call.index(), answer, failuresBefore + attempt + 1, 1, used,
                        elapsedMs(started), clock.instant(), null);
                return answer;
            } catch (CallFailure f) {
                release(estimate, 0);
                calls.recordFailure(job.id(), unit, call.index(), failuresBefore + attempt + 1, f.httpStatus(),
                        f.getMessage(), clock.instant());
                if (!f.retryable() || attempt >= s.maxRetries()) {
                    CallAnswer failed = CallAnswer.failed(f.getMessage() + " (after " + (attempt + 1) + " attempt"
                            + (attempt == 0 ? "" : "s") + ")");
                    calls.storeCall(job.id(), unit, call.index(), failed, failuresBefore + attempt + 1, 0, 0,
                            elapsedMs(started), clock.instant(), null);
                    return failed;
                }
                Duration wait = backoff.delay(attempt, f.retryAfter());
                TimeUnit.MILLISECONDS.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                release(estimate, 0);
                throw e;
            }
        }
    }

    /** Takes one call and its token estimate out of the budget, or stops the run when either would be exceeded. */
    private synchronized boolean reserve(long estimate) {
        if (sent.get() + 1 > job.budgetCalls()) {
            stop(Stop.BUDGET_CALLS);
            return false;
        }
        if (tokens.get() + reservedTokens + estimate > job.budgetTokens()) {
            stop(Stop.BUDGET_TOKENS);
            return false;
        }
        sent.incrementAndGet();
        reservedTokens += estimate;
        return true;
    }

    private synchronized void release(long estimate, long used) {
        reservedTokens -= estimate;
        tokens.addAndGet(used);
    }

    private static long elapsedMs(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
