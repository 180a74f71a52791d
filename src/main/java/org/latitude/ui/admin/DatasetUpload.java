package org.latitude.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.latitude.dataset.DatasetImportJobs;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProgress;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.shared.ValidationException;

/**
 * Dataset import: name, format (or detection), and a streaming upload to a temporary file. The import then runs in
 * the background ({@link DatasetImportJobs}, with the admin's security context) while the page polls: one progress bar
 * shows the upload, then the check of every line, then storing. The validation report is plain text.
 */
class DatasetUpload extends VerticalLayout {

    private final transient DatasetImportJobs jobs;
    private final Consumer<ImportReport> onImported;
    private final TextField name = new TextField("Dataset name");
    private final Select<ImportFormat> format = new Select<>();
    private final ImportStatus status = new ImportStatus("dataset-import");
    private final Div report = new Div();
    private final Upload upload;
    private volatile String chosenName = "";
    private volatile ImportFormat chosenFormat;
    private transient volatile CompletableFuture<ImportReport> running;

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
        upload = new Upload(new LimitedUpload(limits.maxFileBytes(), this::received)
                .whenStart(() -> status.show("Uploading…", 0))
                .onProgress(status::uploading));
        upload.setId("dataset-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        upload.setAcceptedFileTypes(".jsonl", ".ndjson", ".json", ".csv", ".txt", ".gz");
        upload.getElement().addEventListener("upload-start", e -> startPolling());
        upload.addFileRejectedListener(e -> finish(null, new ValidationException(e.getErrorMessage())));
        report.setId("dataset-import-report");
        report.addClassName("import-report");
        add(new HorizontalLayout(name, format), upload, status, report);
    }

    /** The import started by the last upload (tests wait on it). */
    CompletableFuture<ImportReport> running() {
        return running;
    }

    /** Runs in the upload request: hands the file to a background import and returns at once. */
    private void received(UploadMetadata metadata, Path file) {
        UI ui = getUI().orElseGet(UI::getCurrent);
        ImportRequest request = new ImportRequest(chosenName, chosenFormat, metadata.fileName());
        long size = metadata.contentLength();
        running = jobs.submit(ImportSource.of(file), request, status.listener(ui, DatasetUpload::describe));
        running.whenComplete((result, error) -> {
            ImportStatus.delete(file);
            ImportStatus.push(ui, () -> finish(result, error));
        });
        ImportStatus.push(ui, () -> status.show("Uploaded " + size + " bytes; checking every line…", 1.0 / 3));
    }

    private static String describe(ImportProgress p) {
        return switch (p.phase()) {
            case CHECKING -> "Checking: line " + p.linesRead() + " (" + ImportStatus.percent(p.bytesRead(),
                    p.totalBytes())
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

    private void finish(ImportReport result, Throwable error) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        upload.clearFileList();
        status.clear();
        boolean ok = result != null && result.imported();
        report.setText(result != null ? result.text() : ImportStatus.failure(error));
        report.getElement().setAttribute("data-outcome", ok ? "imported" : "rejected");
        if (ok) {
            onImported.accept(result);
        }
    }
}
