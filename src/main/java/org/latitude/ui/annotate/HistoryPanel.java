package org.latitude.ui.annotate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.latitude.annotation.MyAnnotation;

/** The annotator's own recent annotations (loaded when opened); choosing one opens it for editing. */
class HistoryPanel extends Details {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());
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
        add(entries);
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
            Button b = new Button("Item " + a.itemExternalId() + " · " + a.answer().summary()
                    + (a.version() > 1 ? " · edited" : "") + " · " + TIME.format(a.updatedAt()), e -> onEdit.accept(a));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            b.addClassName("history-entry");
            entries.add(b);
        }
    }
}
