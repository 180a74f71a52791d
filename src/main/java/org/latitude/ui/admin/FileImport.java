package org.latitude.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.BiFunction;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.ImportOutcome;

/**
 * Upload of a small file (JSON) into an importer. The importer runs in the upload request (which carries the user's
 * authentication); the result — success or every problem found — is shown under the upload. Problems are plain text.
 */
class FileImport extends VerticalLayout {

    private final Div report = new Div();

    FileImport(String label, String accept, int maxBytes, BiFunction<byte[], String, ImportOutcome> importer,
               Runnable onImported) {
        setPadding(false);
        Upload upload = new Upload(new LimitedUpload(maxBytes, (metadata, file) -> {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String outcome;
            boolean ok;
            try {
                outcome = importer.apply(bytes, metadata.fileName()).message();
                ok = true;
            } catch (ValidationException e) {
                outcome = metadata.fileName() + " was not imported; nothing was stored:\n- "
                        + String.join("\n- ", e.problems());
                ok = false;
            }
            show(outcome, ok, onImported);
        }));
        upload.setAcceptedFileTypes(accept);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.addFileRejectedListener(e -> show(e.getErrorMessage(), false, () -> { }));
        report.addClassName("import-report");
        add(new Span(label), upload, report);
    }

    private void show(String text, boolean ok, Runnable onImported) {
        UI ui = getUI().orElse(UI.getCurrent());
        if (ui == null) {
            return;
        }
        ui.access(() -> {
            report.setText(text);
            report.getElement().setAttribute("data-outcome", ok ? "imported" : "rejected");
            if (ok) {
                onImported.run();
            }
        });
    }
}
