package org.latitude.ui.annotate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.latitude.annotation.MyAnnotation;
import org.latitude.annotation.PairwiseAnswer;
import org.latitude.ui.ClientTime;

/**
 * The annotator's own recent annotations (loaded when opened): item, the start of its prompt, the answer (for a pair
 * as chosen on screen, left / right, and as stored, A / B) and the exact time. Choosing one opens it for editing; Esc
 * or H leaves the list for the form (the view registers those keys).
 */
class HistoryPanel extends Details {

    private final Div entries = new Div();
    private final Supplier<List<MyAnnotation>> source;
    private final Consumer<MyAnnotation> onEdit;

    HistoryPanel(Supplier<List<MyAnnotation>> source, Consumer<MyAnnotation> onEdit) {
        super("Your recent annotations (H)");
        this.source = source;
        this.onEdit = onEdit;
        setId("history");
        addClassName("history");
        entries.addClassName("history-entries");
        add(new Span("Enter edits an entry · Esc or H returns to the form"), entries);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
    }

    /** Opens the list and puts focus on its newest entry. */
    void openAndFocus() {
        setOpened(true);
        refresh();
        entries.getChildren().filter(c -> c instanceof Button).findFirst().ifPresent(c -> ((Button) c).focus());
    }

    void refresh() {
        entries.removeAll();
        List<MyAnnotation> mine = source.get();
        if (mine.isEmpty()) {
            entries.add(new Span("Nothing yet: your answers appear here, newest first."));
        }
        for (MyAnnotation a : mine) {
            Button b = new Button();
            b.addClickListener(e -> onEdit.accept(a));
            for (Span part : List.of(part("history-item", "Item " + a.itemExternalId()), snippet(a.snippet()),
                    part("history-answer", answer(a)), part("history-time", ClientTime.exact(a.updatedAt())
                            + (a.version() > 1 ? " · edited (version " + a.version() + ")" : "")))) {
                b.getElement().appendChild(part.getElement());
            }
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            b.addClassName("history-entry");
            entries.add(b);
        }
    }

    /** A pair's answer as the annotator saw it and as stored; a safety answer's summary. */
    static String answer(MyAnnotation a) {
        if (a.answer() instanceof PairwiseAnswer p && p.preference() != null) {
            PairwiseForm.Choice seen = PairwiseForm.Choice.shown(p.preference(), a.shownOrder() != null && a.shownOrder().swapsSides());
            return "you chose " + seen.words() + " · stored as " + p.summary();
        }
        return a.answer().summary();
    }

    private static Span part(String className, String text) {
        Span s = new Span(text);
        s.addClassName(className);
        return s;
    }

    /** Item text is hostile: plain text, its direction isolated from the rest of the entry. */
    private static Span snippet(String text) {
        Span s = part("history-snippet", text.isEmpty() ? "(no prompt)" : "\u201C" + text + "\u201D");
        s.getElement().setAttribute("dir", "auto");
        return s;
    }
}
