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

    ContentNoticePanel(Runnable onShow, Runnable onReturn) {
        setId("content-notice");
        addClassName("content-notice");
        getElement().setAttribute("role", "alert");
        show = new Button("Show the item (Enter)", e -> onShow.run());
        show.setId("show-item");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button giveBack = new Button("Return it without penalty (B)", e -> onReturn.run());
        giveBack.setId("notice-return");
        Div buttons = new Div(show, giveBack);
        buttons.addClassName("notice-buttons");
        add(text, buttons);
        setVisible(false);
    }

    void show(List<String> categories) {
        text.setText("Content notice: this item may contain " + String.join(", ", categories) + ". Take a breath; "
                + "you can return it without penalty: it is not counted as a skip and will not come back to you.");
        setVisible(true);
        FocusTarget.focusWhenShown(show);
    }
}
