package org.latitude.ui.annotate;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import org.latitude.taxonomy.Principle;

/**
 * Beside a pair: the principles of the campaign's constitution to judge by (label, with the full text), or, when the
 * campaign has none, its guidelines. Principles are admin-imported text, shown as text.
 */
class PrinciplesPanel extends Div {

    PrinciplesPanel(List<Principle> principles, String guidelines) {
        setId("principles");
        addClassName("principles");
        if (principles.isEmpty()) {
            add(new H3("Guidelines"), new Html("<div class=\"markdown\">" + GuidelinesPanel.render(
                    guidelines == null || guidelines.isBlank() ? "This campaign has no guidelines." : guidelines)
                    + "</div>"));
            return;
        }
        OrderedList list = new OrderedList();
        for (Principle p : principles) {
            ListItem item = new ListItem();
            item.setTitle(p.text());
            Div label = new Div(p.label() == null || p.label().isBlank() ? p.text() : p.label());
            label.addClassName("principle-label");
            Div text = new Div(p.text());
            text.addClassName("principle-text");
            item.add(label, text);
            list.add(item);
        }
        add(new H3("Judge by these principles"), list);
    }
}
