package org.latitude.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.latitude.dataset.DatasetImportJobs;
import org.latitude.dataset.IdRule;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProgress;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.shared.UnexpectedFailure;
import org.latitude.shared.ValidationException;

/**
 * Dataset import: name, format (or detection), and a streaming upload to a temporary file. The import then runs in
 * the background ({@link DatasetImportJobs}, with the admin's security context) while the page polls: one progress bar
 * shows the upload, then the check of every line, then storing. The validation report is plain text.
 */
class DatasetUpload extends VerticalLayout {

    private static final long PROGRESS_EVERY_MS = 250;

    private final transient DatasetImportJobs jobs;
    private final Consumer<ImportReport> onImported;
    private final TextField name = new TextField("Dataset name");
    private final Select<ImportFormat> format = new Select<>();
    private final Select<IdRule> ids = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div report = new Div();
    private final Upload upload;
    private volatile String chosenName = "";
    private volatile ImportFormat chosenFormat;
    private volatile IdRule chosenIds;
    private transient volatile CompletableFuture<ImportReport> running;
    private volatile long lastProgress;

    DatasetUpload(ImportLimits limits, DatasetImportJobs jobs, Consumer<ImportReport> onImported) {
        this.jobs = jobs;
        this.onImported = onImported;
        setPadding(false);
        name.setId("dataset-name");
        name.setMaxLength(200);
        name.setWidth("24rem");
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.addValueChangeListener(e -> chosenName = e.getValue());
        format.setId("dataset-format");
        format.setLabel("Format");
        format.setItems(ImportFormat.values());
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption("Detect from the file");
        format.setItemLabelGenerator(f -> f == null ? "Detect from the file" : f.label() + " — " + f.description());
        format.setWidth("32rem");
        format.addValueChangeListener(e -> chosenFormat = e.getValue());
        ids.setId("dataset-ids");
        ids.setLabel("Ids");
        ids.setItems(IdRule.values());
        ids.setEmptySelectionAllowed(true);
        ids.setEmptySelectionCaption("Automatic (the file's ids, or file hash + line)");
        ids.setItemLabelGenerator(r -> r == null ? "Automatic (the file's ids, or file hash + line)" : r.label());
        ids.setWidth("22rem");
        ids.addValueChangeListener(e -> chosenIds = e.getValue());
        upload = new Upload(new LimitedUpload(limits.maxFileBytes(), this::received)
                .whenStart(() -> showStatus("Uploading…", 0))
                .onProgress((done, total) -> showStatus("Uploading: " + percent(done, total), share(done, total) / 3)));
        upload.setId("dataset-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        upload.setAcceptedFileTypes(".jsonl", ".ndjson", ".json", ".csv", ".txt", ".gz");
        upload.getElement().addEventListener("upload-start", e -> startPolling());
        upload.addFileRejectedListener(e -> finish(null, new ValidationException(e.getErrorMessage())));
        progress.setId("dataset-import-progress");
        progress.setVisible(false);
        status.setId("dataset-import-status");
        report.setId("dataset-import-report");
        report.addClassName("import-report");
        add(new HorizontalLayout(name, format, ids), upload, progress, status, report);
    }

    /** The import started by the last upload (tests wait on it). */
    CompletableFuture<ImportReport> running() {
        return running;
    }

    /** Runs in the upload request: hands the file to a background import and returns at once. */
    private void received(UploadMetadata metadata, Path file) {
        UI ui = getUI().orElseGet(UI::getCurrent);
        ImportRequest request = new ImportRequest(chosenName, chosenFormat, metadata.fileName(), chosenIds);
        long size = metadata.contentLength();
        running = jobs.submit(ImportSource.of(file), request, p -> {
            long now = System.currentTimeMillis();
            if (now - lastProgress >= PROGRESS_EVERY_MS || p.phase() == ImportProgress.Phase.DONE) {
                lastProgress = now;
                push(ui, () -> showStatus(describe(p), 1.0 / 3 + p.fraction() * 2 / 3));
            }
        });
        running.whenComplete((result, error) -> {
            delete(file);
            push(ui, () -> finish(result, error));
        });
        push(ui, () -> showStatus("Uploaded " + size + " bytes; checking every line…", 1.0 / 3));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands a change to the UI; when the admin has left the page the import goes on and the change is dropped. */
    private static void push(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException e) {
            // nobody is looking: the report is in the dataset list (or the audit log) when they return
        }
    }

    private static String describe(ImportProgress p) {
        return switch (p.phase()) {
            case CHECKING -> "Checking: line " + p.linesRead() + " (" + percent(p.bytesRead(), p.totalBytes())
                    + " of the file)";
            case STORING -> "Storing: " + p.itemsStored() + " of " + p.itemsTotal() + " items";
            case DONE -> "Stored " + p.itemsTotal() + " items.";
        };
    }

    private void startPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(500));
        report.setText("");
        report.getElement().removeAttribute("data-outcome");
    }

    private void showStatus(String text, double fraction) {
        progress.setVisible(true);
        progress.setValue(Math.max(0, Math.min(1, fraction)));
        status.setText(text);
    }

    private void finish(ImportReport result, Throwable error) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        upload.clearFileList();
        progress.setVisible(false);
        status.setText("");
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        boolean ok = result != null && result.imported();
        if (result != null) {
            report.setText(result.text());
        } else if (cause instanceof ValidationException v) {
            report.setText("Not imported; nothing was stored:\n" + String.join("\n", v.problems()));
        } else if (cause instanceof UnexpectedFailure f) {
            report.setText("The import failed and nothing was stored (" + f.getCause().getClass().getSimpleName()
                    + "). Details are in the server log under reference " + f.reference() + ".");
        } else {
            report.setText("The import failed and nothing was stored: " + (cause == null ? "unknown error"
                    : cause.getClass().getSimpleName()) + ".");
        }
        report.getElement().setAttribute("data-outcome", ok ? "imported" : "rejected");
        if (ok) {
            onImported.accept(result);
        }
    }

    private static double share(long done, long total) {
        return total > 0 ? Math.min(1.0, (double) done / total) : 0;
    }

    private static String percent(long done, long total) {
        return total > 0 ? String.format(Locale.ROOT, "%.0f %%", 100.0 * share(done, total)) : done + " bytes";
    }
}
