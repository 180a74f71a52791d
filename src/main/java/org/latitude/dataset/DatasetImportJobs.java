package org.latitude.dataset;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import org.latitude.shared.BackgroundQueue;
import org.latitude.shared.UnexpectedFailure;
import org.latitude.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background so a screen stays responsive: one import at a time (the machine's cores and the
 * database are shared), a few more may wait. Each job runs with the security context of the admin who submitted it,
 * so the service's method security and audit see that admin.
 */
@Component
public class DatasetImportJobs {

    static final int WAITING = 4;

    private final DatasetService service;
    private final BackgroundQueue queue = new BackgroundQueue("dataset-import", WAITING);

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
        return queue.submit(() -> service.importFile(source, request, listener), "Dataset import", () -> "file '"
                + request.fileName() + "', name '" + request.datasetName() + "', format " + request.format());
    }

    @PreDestroy
    void stop() {
        queue.close();
    }
}
