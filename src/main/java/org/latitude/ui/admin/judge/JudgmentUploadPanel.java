package org.latitude.ui.admin.judge;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.Ensemble;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportJobs;
import org.latitude.dataset.ImportProgress;
import org.latitude.judge.JudgmentImportReport;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.RaterRules;
import org.latitude.judge.RaterSpec;
import org.latitude.judge.TiePolicy;
import org.latitude.shared.ValidationException;
import org.latitude.ui.admin.ImportStatus;
import org.latitude.ui.admin.LimitedUpload;

/**
 * A judgment file for the chosen campaign: its format, the model rater that produced it (the same rules as the
 * service), and the upload (size-limited while it streams). The import then runs in the background
 * ({@link JudgmentImportJobs}) while the page polls: one progress bar shows the upload, the check of every line, then
 * storing. The whole file is checked before anything is stored; the report is plain text.
 */
class JudgmentUploadPanel extends VerticalLayout {

    private final transient JudgmentImportJobs jobs;
    private final Runnable onImported;
    private final Upload upload;
    private final ImportStatus status = new ImportStatus("judgment-import");
    private transient volatile CompletableFuture<JudgmentImportReport> running;
    private final Select<JudgmentFormat> format = new Select<>();
    private final TextField name = new TextField("Model name");
    private final TextField version = new TextField("Model version");
    private final TextField provider = new TextField("Provider");
    private final TextField template = new TextField("Prompt template");
    private final TextField templateVersion = new TextField("Template version");
    private final DatePicker runDate = new DatePicker("Run date");
    private final TextField decoding = new TextField("Decoding settings");
    private final TextArea members = new TextArea("Ensemble members (one per line; empty: a single model)");
    private final Select<TiePolicy> tie = new Select<>();
    private final IntegerField minVotes = new IntegerField("Minimum valid votes");
    private final Checkbox skipUnknown = new Checkbox("Skip rows naming items outside the campaign (counted)");
    private final Div report = new Div();
    private volatile CampaignSummary campaign;

    JudgmentUploadPanel(JudgmentImports imports, JudgmentImportJobs jobs, Runnable onImported) {
        this.jobs = jobs;
        this.onImported = onImported;
        setPadding(false);
        format.setLabel("Format");
        format.setId("judgment-format");
        format.setItemLabelGenerator(f -> f.label() + " — " + f.columns());
        format.setWidth("40rem");
        name.setId("rater-name");
        version.setId("rater-version");
        provider.setId("rater-provider");
        template.setId("rater-template");
        templateVersion.setId("rater-template-version");
        runDate.setId("rater-run-date");
        decoding.setId("rater-decoding");
        members.setId("rater-members");
        tie.setId("rater-tie-policy");
        minVotes.setId("rater-min-votes");
        tie.setLabel("Tie policy");
        tie.setItems(TiePolicy.values());
        tie.setEmptySelectionAllowed(true);
        long maxBytes = imports.maxFileBytes();
        upload = new Upload(new LimitedUpload(maxBytes, this::received)
                .whenStart(() -> status.show("Uploading…", 0))
                .onProgress(status::uploading));
        upload.setId("judgment-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.getElement().addEventListener("upload-start", e -> {
            getUI().ifPresent(ui -> ui.setPollInterval(500));
            report.setText("");
            report.getElement().removeAttribute("data-outcome");
        });
        upload.addFileRejectedListener(e -> finish(null, new ValidationException(e.getErrorMessage()), "The file"));
        upload.setAcceptedFileTypes(".jsonl", ".csv", ".gz", ".txt", ".json");
        report.setId("judgment-import-report");
        report.addClassName("import-report");
        FlexLayout rater = new FlexLayout(name, version, provider, template, templateVersion, runDate, decoding);
        rater.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        rater.getStyle().set("gap", "var(--lumo-space-m)");
        add(format, rater, members, new FlexLayout(tie, minVotes), skipUnknown, upload, status, report);
    }

    void setCampaign(CampaignSummary c) {
        this.campaign = c;
        JudgmentKind[] kinds = c == null ? new JudgmentKind[0] : c.taskType() == TaskType.SAFETY_LABEL
                ? new JudgmentKind[] {JudgmentKind.SAFETY} : new JudgmentKind[] {JudgmentKind.PAIRWISE,
                JudgmentKind.PRINCIPLE};
        format.setItems(Arrays.stream(JudgmentFormat.values()).filter(f -> List.of(kinds).contains(f.kind()))
                .toList());
        setEnabled(c != null);
    }

    /** The rater as the form describes it (validated by {@link RaterRules}). */
    RaterSpec rater() {
        List<String> names = members.getValue().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        Ensemble ensemble = names.isEmpty() ? null : new Ensemble(names, tie.getValue(),
                minVotes.getValue() == null ? 0 : minVotes.getValue());
        return new RaterSpec(name.getValue().strip(), version.getValue().strip(), provider.getValue().strip(),
                template.getValue().strip(), templateVersion.getValue().strip(), runDate.getValue(),
                decoding.getValue().strip(), ensemble);
    }

    /** The import started by the last upload (tests wait on it). */
    CompletableFuture<JudgmentImportReport> running() {
        return running;
    }

    /**
     * Runs in the upload request, which carries the admin's authentication: checks the form, then hands the file to a
     * background import and returns at once; the page polls while it runs.
     */
    private void received(UploadMetadata metadata, Path file) {
        UI ui = getUI().orElseGet(UI::getCurrent);
        String fileName = metadata.fileName();
        List<String> problems = RaterRules.problems(rater());
        if (campaign == null || format.getValue() == null) {
            problems = List.of("Choose a campaign and a format first.");
        }
        if (!problems.isEmpty()) {
            ImportStatus.delete(file);
            finish(null, new ValidationException(problems), fileName);
            return;
        }
        JudgmentImportRequest request = new JudgmentImportRequest(campaign.id(), format.getValue(), rater(), fileName,
                skipUnknown.getValue());
        running = jobs.submit(ImportSource.of(file), request, status.listener(ui, JudgmentUploadPanel::describe));
        running.whenComplete((result, error) -> {
            ImportStatus.delete(file);
            ImportStatus.push(ui, () -> finish(result, error, fileName));
        });
        ImportStatus.push(ui, () -> status.show("Uploaded " + metadata.contentLength() + " bytes; checking every "
                + "line…", 1.0 / 3));
    }

    private static String describe(ImportProgress p) {
        return switch (p.phase()) {
            case CHECKING -> "Checking: line " + p.linesRead() + " (" + ImportStatus.percent(p.bytesRead(),
                    p.totalBytes()) + " of the file)";
            case STORING -> "Storing: " + p.itemsStored() + " of " + p.itemsTotal() + " judgments";
            case DONE -> "Stored " + p.itemsTotal() + " judgments.";
        };
    }

    private void finish(JudgmentImportReport result, Throwable error, String fileName) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        upload.clearFileList();
        status.clear();
        report.setText(result != null ? result.text() : fileName + ": " + ImportStatus.failure(error));
        boolean ok = result != null && result.stored();
        report.getElement().setAttribute("data-outcome", ok ? "imported" : "rejected");
        if (ok) {
            onImported.run();
        }
    }
}
