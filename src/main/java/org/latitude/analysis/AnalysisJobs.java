package org.latitude.analysis;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.latitude.audit.AuditLog;
import org.latitude.security.CurrentUser;
import org.latitude.shared.CampaignId;
import org.latitude.shared.FailureReference;
import org.latitude.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs analyses in the background, the way dataset imports run ({@code DatasetImportJobs}): one at a time on one
 * thread (the cores and the database are shared), a few more may wait, each with the security context of the admin
 * who started it. One job per campaign; progress is kept per campaign and a job can be cancelled between steps.
 */
@Component
public class AnalysisJobs {

    static final int WAITING = 4;
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisJobs.class);

    private final CampaignAnalysis analysis;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<Long, AnalysisProgress> progress = new ConcurrentHashMap<>();
    private final Map<Long, AtomicBoolean> cancels = new ConcurrentHashMap<>();
    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(WAITING), runnable -> {
                Thread thread = new Thread(runnable, "campaign-analysis");
                thread.setDaemon(true);
                return thread;
            });

    AnalysisJobs(CampaignAnalysis analysis, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.analysis = analysis;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Queues an analysis of the campaign; refused while one of the same campaign is queued or running. */
    @RolesAllowed("ADMIN")
    public AnalysisProgress start(CampaignId campaign) {
        long id = campaign.value();
        AtomicBoolean cancelled = new AtomicBoolean();
        AnalysisProgress queued = new AnalysisProgress(id, AnalysisProgress.Phase.QUEUED, "waiting", 0, 0,
                clock.instant(), currentUser.actorName(), null);
        synchronized (progress) {
            AnalysisProgress now = progress.get(id);
            if (now != null && now.running()) {
                throw new ValidationException("An analysis of this campaign is already " + (now.phase()
                        == AnalysisProgress.Phase.QUEUED ? "waiting" : "running") + ".");
            }
            progress.put(id, queued);
            cancels.put(id, cancelled);
        }
        Runnable job = () -> {
            try {
                if (cancelled.get()) {
                    throw new AnalysisCancelledException();
                }
                analysis.run(campaign, (phase, what, done, total) -> progress.put(id, new AnalysisProgress(id,
                        phase, what, done, total, queued.startedAt(), queued.startedBy(), null)), cancelled::get);
                finish(queued, AnalysisProgress.Phase.DONE, null);
            } catch (AnalysisCancelledException e) {
                finish(queued, AnalysisProgress.Phase.CANCELLED, null);
            } catch (ValidationException e) {
                finish(queued, AnalysisProgress.Phase.FAILED, String.join(" ", e.getMessage()));
            } catch (RuntimeException e) {
                // nobody may be watching the page any more: the log is where an admin finds out why
                FailureReference reference = FailureReference.next();
                LOG.error("Analysis of campaign {} failed, reference {}", id, reference, e);
                finish(queued, AnalysisProgress.Phase.FAILED, "Unexpected failure, reference " + reference + ".");
            }
        };
        try {
            executor.execute(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            progress.remove(id);
            throw new ValidationException("Too many analyses are waiting; try again later.");
        }
        audit.record("analysis.start", campaign.toString(), null);
        return queued;
    }

    /** Asks the campaign's queued or running analysis to stop before its next step; nothing is stored. */
    @RolesAllowed("ADMIN")
    public void cancel(CampaignId campaign) {
        AnalysisProgress now = progress.get(campaign.value());
        AtomicBoolean flag = cancels.get(campaign.value());
        if (now == null || !now.running() || flag == null) {
            throw new ValidationException("No analysis of this campaign is waiting or running.");
        }
        flag.set(true);
        audit.record("analysis.cancel", campaign.toString(), null);
    }

    /** The progress of the campaign's latest job in this instance, if any. */
    @RolesAllowed("ADMIN")
    public Optional<AnalysisProgress> progress(CampaignId campaign) {
        return Optional.ofNullable(progress.get(campaign.value()));
    }

    private void finish(AnalysisProgress started, AnalysisProgress.Phase phase, String failure) {
        progress.put(started.campaignId(), new AnalysisProgress(started.campaignId(), phase, phase.name()
                .toLowerCase(java.util.Locale.ROOT), 0, 0, started.startedAt(), started.startedBy(), failure));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
