package org.latitude.ui.annotate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** The notice shown before an item whose labels fall in categories the campaign marks as sensitive. */
class ContentNoticePanel extends Div {

    private final Paragraph text = new Paragraph();
    private final Button show;

    ContentNoticePanel(Runnable onShow, Runnable onSkip) {
        setId("content-notice");
        addClassName("content-notice");
        getElement().setAttribute("role", "alert");
        show = new Button("Show the item (Enter)", e -> onShow.run());
        show.setId("show-item");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button skip = new Button("Skip it (S)", e -> onSkip.run());
        skip.setId("notice-skip");
        Div buttons = new Div(show, skip);
        buttons.addClassName("notice-buttons");
        add(text, buttons);
        setVisible(false);
    }

    void show(List<String> categories) {
        text.setText("Content notice: this item may contain " + String.join(", ", categories) + ". Take a breath; "
                + "you can skip it without giving anything up.");
        setVisible(true);
        FocusTarget.focusWhenShown(show);
    }
}
