package org.latitude.dataset;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * Runs imports in the background so a screen stays responsive: one import at a time (the machine's cores and the
 * database are shared), a few more may wait. Each job runs with the security context of the admin who submitted it,
 * so the service's method security and audit see that admin.
 */
@Component
public class DatasetImportJobs {

    static final int WAITING = 4;
    private static final Logger LOG = LoggerFactory.getLogger(DatasetImportJobs.class);

    private final DatasetService service;
    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(WAITING), runnable -> {
                Thread thread = new Thread(runnable, "dataset-import");
                thread.setDaemon(true);
                return thread;
            });

    DatasetImportJobs(DatasetService service) {
        this.service = service;
    }

    /**
     * Starts an import; the future completes with the report (or the exception: {@link ValidationException} for a bad
     * request, an access-denied exception for a non-admin, {@link UnexpectedFailure} for anything else, logged with
     * its cause under the failure's reference). {@code listener} is called on the import thread.
     */
    @RolesAllowed("ADMIN")
    public CompletableFuture<ImportReport> submit(ImportSource source, ImportRequest request, ImportListener listener) {
        CompletableFuture<ImportReport> result = new CompletableFuture<>();
        Runnable job = () -> {
            try {
                result.complete(service.importFile(source, request, listener));
            } catch (ValidationException | AccessDeniedException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                // nobody may be watching the screen any more: the log is where an admin finds out why
                FailureReference reference = FailureReference.next();
                LOG.error("Dataset import failed, reference {}: file '{}', name '{}', format {}", reference,
                        request.fileName(), request.datasetName(), request.format(), e);
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
