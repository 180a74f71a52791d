package org.latitude.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Long work (an import) run in the background so a screen stays responsive: one task at a time (the machine's cores
 * and the database are shared), a few more may wait. Each task runs with the security context of the caller who
 * submitted it, so the services' method security and audit see that user. The future completes with the result, or
 * with the {@link ValidationException} or access-denied exception as thrown, or with an {@link UnexpectedFailure}
 * whose cause is logged under its reference (nobody may be watching the screen any more: the log is where an admin
 * finds out why).
 */
public final class BackgroundQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundQueue.class);

    private final ExecutorService executor;

    public BackgroundQueue(String threadName, int waiting) {
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(waiting),
                runnable -> {
                    Thread thread = new Thread(runnable, threadName);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Queues {@code work}; if it fails unexpectedly the log says "{@code what} failed, reference R: {@code detail}"
     * with the cause.
     */
    public <T> CompletableFuture<T> submit(Supplier<T> work, String what, Supplier<String> detail) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(work.get());
            } catch (ValidationException | AccessDeniedException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                FailureReference reference = FailureReference.next();
                LOG.error("{} failed, reference {}: {}", what, reference, detail.get(), e);
                result.completeExceptionally(new UnexpectedFailure(reference, e));
            }
        };
        try {
            executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ValidationException("Too many imports are waiting; try again later."));
        }
        return result;
    }

    /** Stops at once: the running task is interrupted, waiting ones are dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
