package org.latitude.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown written by admins (campaign guidelines) rendered to HTML with raw HTML escaped, links only to
 * {@code http}, {@code https} and {@code mailto} targets or relative ones (no {@code javascript:} or {@code data:}),
 * and images shown as their alt text: an image from elsewhere would tell its host who reads the guidelines and when.
 * Item content is never rendered through this: it is always plain text.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .nodeRendererFactory(context -> new NodeRenderer() {
                @Override
                public Set<Class<? extends Node>> getNodeTypes() {
                    return Set.of(Image.class);
                }

                @Override
                public void render(Node image) {
                    context.getWriter().text("[image: " + altText(image) + "]");
                }
            })
            .build();

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** A component showing the rendered Markdown. */
    public static Html component(String markdown) {
        return new Html("<div class=\"markdown\">" + toHtml(markdown) + "</div>");
    }

    private static String altText(Node image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                alt.append(code.getLiteral());
            }
        });
        return alt.toString();
    }
}
