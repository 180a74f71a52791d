package org.latitude.judge;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.latitude.dataset.ImportSource;
import org.latitude.shared.FailureReference;
import org.latitude.shared.UnexpectedFailure;
import org.latitude.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs judgment imports in the background, as dataset imports run, so the screen stays responsive and shows progress
 * while a million-row file is checked and stored: one import at a time, a few more may wait. Each runs with the
 * security context of the admin who submitted it, so {@link JudgmentImports}' method security and audit see them.
 */
@Component
public class JudgmentImportJobs {

    static final int WAITING = 4;
    private static final Logger LOG = LoggerFactory.getLogger(JudgmentImportJobs.class);

    private final JudgmentImports imports;
    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(WAITING), runnable -> {
                Thread thread = new Thread(runnable, "judgment-import");
                thread.setDaemon(true);
                return thread;
            });

    JudgmentImportJobs(JudgmentImports imports) {
        this.imports = imports;
    }

    /**
     * Starts an import; the future completes with the report, or with {@link ValidationException} (a bad request),
     * an access-denied exception, or {@link UnexpectedFailure} (anything else, logged under its reference).
     * {@code listener} is called on the import thread.
     */
    @RolesAllowed("ADMIN")
    public CompletableFuture<JudgmentImportReport> submit(ImportSource source, JudgmentImportRequest request,
                                                          JudgmentImportProgress.Listener listener) {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(request, "request");
        JudgmentImportProgress.Listener progress = listener == null ? JudgmentImportProgress.Listener.NONE : listener;
        CompletableFuture<JudgmentImportReport> result = new CompletableFuture<>();
        Runnable job = () -> {
            try {
                result.complete(imports.importFile(source, request, progress));
            } catch (ValidationException | AccessDeniedException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                FailureReference reference = FailureReference.next();
                LOG.error("Judgment import failed, reference {}: file '{}', campaign {}, format {}", reference,
                        request.fileName(), request.campaignId(), request.format(), e);
                result.completeExceptionally(new UnexpectedFailure(reference, e));
            }
        };
        try {
            executor.execute(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ValidationException("Too many imports are waiting; try again later."));
        }
        return result;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
