package org.latitude.ui;

import com.vaadin.flow.component.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown written by admins (campaign guidelines) rendered to HTML with raw HTML escaped and link targets
 * sanitised (no {@code javascript:} URLs), so a pasted {@code <script>} shows as text. Item content is never rendered
 * through this: it is always plain text.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** A component showing the rendered Markdown. */
    public static Html component(String markdown) {
        Html html = new Html("<div class=\"markdown\">" + toHtml(markdown) + "</div>");
        return html;
    }
}
