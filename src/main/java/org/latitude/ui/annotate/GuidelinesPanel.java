package org.latitude.ui.annotate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import org.latitude.ui.SafeMarkdown;

/**
 * The campaign's guidelines, Markdown written by an admin, rendered by {@link SafeMarkdown} (raw HTML escaped, unsafe
 * link targets such as {@code javascript:} removed), followed by what the campaign does for the annotator's
 * wellbeing (where content notices come from, limits, breaks, opt-outs) as plain text. Item content never goes through
 * here.
 */
class GuidelinesPanel extends Details {

    GuidelinesPanel(String markdown, List<String> wellbeing) {
        super("Guidelines (G)");
        setId("guidelines");
        addClassName("guidelines");
        String text = markdown == null || markdown.isBlank() ? "This campaign has no guidelines." : markdown;
        add(new Html("<div class=\"guidelines-body markdown\">" + render(text) + "</div>"));
        if (!wellbeing.isEmpty()) {
            Div note = new Div();
            note.setId("wellbeing-note");
            note.addClassName("wellbeing-note");
            note.add(new H4("Your wellbeing in this campaign"));
            UnorderedList list = new UnorderedList();
            wellbeing.forEach(line -> list.add(new ListItem(line)));
            note.add(list);
            add(note);
        }
    }

    static String render(String markdown) {
        return SafeMarkdown.toHtml(markdown);
    }
}
