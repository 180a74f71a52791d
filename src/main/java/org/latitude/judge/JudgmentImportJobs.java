package org.latitude.judge;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportSource;
import org.latitude.shared.BackgroundQueue;
import org.latitude.shared.UnexpectedFailure;
import org.latitude.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Runs judgment imports in the background, as dataset imports run, so the screen stays responsive and shows progress
 * while a million-row file is checked and stored: one import at a time, a few more may wait. Each runs with the
 * security context of the admin who submitted it, so {@link JudgmentImports}' method security and audit see them.
 */
@Component
public class JudgmentImportJobs {

    static final int WAITING = 4;

    private final JudgmentImports imports;
    private final BackgroundQueue queue = new BackgroundQueue("judgment-import", WAITING);

    JudgmentImportJobs(JudgmentImports imports) {
        this.imports = imports;
    }

    /**
     * Starts an import; the future completes with the report, or with {@link ValidationException} (a bad request),
     * an access-denied exception, or {@link UnexpectedFailure} (anything else, logged under its reference).
     * {@code listener} is called on the import thread with the progress ({@code itemsStored}: judgments stored).
     */
    @RolesAllowed("ADMIN")
    public CompletableFuture<JudgmentImportReport> submit(ImportSource source, JudgmentImportRequest request,
                                                          ImportListener listener) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(request, "request");
        ImportListener progress = listener == null ? ImportListener.NONE : listener;
        return queue.submit(() -> imports.importFile(source, request, progress), "Judgment import", () -> "file '"
                + request.fileName() + "', campaign " + request.campaignId() + ", format " + request.format());
    }

    @PreDestroy
    void stop() {
        queue.close();
    }
}
