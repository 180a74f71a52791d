package org.latitude.ui.annotate;

import com.vaadin.flow.component.html.Span;
import org.latitude.assignment.MyProgress;

/** The annotator's own progress: done today, done in total, remaining (and skipped). */
class ProgressSummary extends Span {

    ProgressSummary() {
        setId("progress");
        addClassName("progress-summary");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(MyProgress p) {
        setText("Today " + p.doneToday() + " · Total " + p.doneTotal() + " · Remaining " + p.remaining()
                + (p.skipped() > 0 ? " · Skipped " + p.skipped() : ""));
    }
}
