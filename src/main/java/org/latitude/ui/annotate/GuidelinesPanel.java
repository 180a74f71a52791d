package org.latitude.ui.annotate;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import org.latitude.ui.SafeMarkdown;

/**
 * The campaign's guidelines, Markdown written by an admin, rendered by {@link SafeMarkdown} (raw HTML escaped, unsafe
 * link targets such as {@code javascript:} removed). Item content never goes through here.
 */
class GuidelinesPanel extends Details {

    GuidelinesPanel(String markdown) {
        super("Guidelines (G)");
        setId("guidelines");
        addClassName("guidelines");
        String text = markdown == null || markdown.isBlank() ? "This campaign has no guidelines." : markdown;
        add(new Html("<div class=\"guidelines-body markdown\">" + render(text) + "</div>"));
    }

    static String render(String markdown) {
        return SafeMarkdown.toHtml(markdown);
    }
}
