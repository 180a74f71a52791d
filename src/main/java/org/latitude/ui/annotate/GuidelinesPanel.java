package org.latitude.ui.annotate;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The campaign's guidelines, Markdown written by an admin, rendered with raw HTML escaped and unsafe link targets
 * ({@code javascript:} and the like) removed. Item content never goes through here.
 */
class GuidelinesPanel extends Details {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    GuidelinesPanel(String markdown) {
        super("Guidelines (G)");
        setId("guidelines");
        addClassName("guidelines");
        String text = markdown == null || markdown.isBlank() ? "This campaign has no guidelines." : markdown;
        add(new Html("<div class=\"guidelines-body\">" + render(text) + "</div>"));
    }

    static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    void toggle() {
        setOpened(!isOpened());
    }
}
