package org.latitude.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportProgress;
import org.latitude.shared.UnexpectedFailure;
import org.latitude.shared.ValidationException;

/**
 * The progress of a background import started by an upload, for the upload screens (datasets, model judgments): one
 * bar over the upload (its first third), then the import's own phases; a line saying where it is. Progress arrives on
 * the import's thread and is handed to the page at most every 250 ms; a page the admin has left drops it.
 */
public final class ImportStatus extends VerticalLayout {

    private static final long PROGRESS_EVERY_MS = 250;

    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private volatile long lastProgress;

    public ImportStatus(String idPrefix) {
        setPadding(false);
        setSpacing(false);
        progress.setId(idPrefix + "-progress");
        progress.setVisible(false);
        status.setId(idPrefix + "-status");
        add(progress, status);
    }

    /** Shows the upload's progress (the first third of the bar). */
    public void uploading(long done, long total) {
        show("Uploading: " + percent(done, total), share(done, total) / 3);
    }

    /** Shows a step in words at {@code fraction} of the bar. */
    public void show(String text, double fraction) {
        progress.setVisible(true);
        progress.setValue(Math.max(0, Math.min(1, fraction)));
        status.setText(text);
    }

    public void clear() {
        progress.setVisible(false);
        status.setText("");
    }

    /** A listener that shows the import's progress (described by {@code describe}) on {@code ui}'s page. */
    public ImportListener listener(UI ui, Function<ImportProgress, String> describe) {
        return p -> {
            long now = System.currentTimeMillis();
            if (now - lastProgress >= PROGRESS_EVERY_MS || p.phase() == ImportProgress.Phase.DONE) {
                lastProgress = now;
                push(ui, () -> show(describe.apply(p), 1.0 / 3 + p.fraction() * 2 / 3));
            }
        };
    }

    /** Hands a change to the UI; when the admin has left the page the import goes on and the change is dropped. */
    public static void push(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException e) {
            // nobody is looking: the list (or the audit log) shows the outcome when they return
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What to tell the admin about an import that ended without a report. */
    public static String failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ValidationException v) {
            return "Not imported; nothing was stored:\n" + String.join("\n", v.problems());
        }
        if (cause instanceof UnexpectedFailure f) {
            return "The import failed and nothing was stored (" + f.getCause().getClass().getSimpleName()
                    + "). Details are in the server log under reference " + f.reference() + ".";
        }
        return "The import failed and nothing was stored: " + (cause == null ? "unknown error"
                : cause.getClass().getSimpleName()) + ".";
    }

    /** "42 %" of the total, or the bytes done when the total is unknown. */
    public static String percent(long done, long total) {
        return total > 0 ? String.format(Locale.ROOT, "%.0f %%", 100.0 * share(done, total)) : done + " bytes";
    }

    private static double share(long done, long total) {
        return total > 0 ? Math.min(1.0, (double) done / total) : 0;
    }
}
