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
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.Ensemble;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportReport;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.RaterRules;
import org.latitude.judge.RaterSpec;
import org.latitude.judge.TiePolicy;
import org.latitude.shared.ValidationException;

/**
 * A judgment file for the chosen campaign: its format, the model rater that produced it (the same rules as the
 * service), and the upload. The whole file is checked before anything is stored; the report is plain text.
 */
class JudgmentUploadPanel extends VerticalLayout {

    private final JudgmentImports imports;
    private final Runnable onImported;
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

    JudgmentUploadPanel(JudgmentImports imports, Runnable onImported) {
        this.imports = imports;
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
        tie.setLabel("Tie policy");
        tie.setItems(TiePolicy.values());
        tie.setEmptySelectionAllowed(true);
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> received(metadata.fileName(), file)));
        upload.setId("judgment-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".jsonl", ".csv", ".gz", ".txt", ".json");
        report.setId("judgment-import-report");
        report.addClassName("import-report");
        FlexLayout rater = new FlexLayout(name, version, provider, template, templateVersion, runDate, decoding);
        rater.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        rater.getStyle().set("gap", "var(--lumo-space-m)");
        add(format, rater, members, new FlexLayout(tie, minVotes), skipUnknown, upload, report);
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

    /** Runs in the upload request, which carries the admin's authentication. */
    private void received(String fileName, File file) {
        UI ui = getUI().orElseGet(UI::getCurrent);
        String text;
        try {
            List<String> problems = RaterRules.problems(rater());
            if (campaign == null || format.getValue() == null) {
                problems = List.of("Choose a campaign and a format first.");
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            JudgmentImportReport r = imports.importFile(ImportSource.of(file.toPath()), new JudgmentImportRequest(
                    campaign.id(), format.getValue(), rater(), fileName, skipUnknown.getValue()));
            text = r.text();
            if (r.stored()) {
                ui.access(onImported::run);
            }
        } catch (ValidationException e) {
            text = fileName + " was not imported; nothing was stored:\n" + String.join("\n", e.problems());
        } finally {
            file.delete();
        }
        String shown = text;
        ui.access(() -> report.setText(shown));
    }
}
