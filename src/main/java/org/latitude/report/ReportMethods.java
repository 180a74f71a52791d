package org.latitude.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The definitions section of report.html: the project's {@code docs/methods.md} (shipped in the jar as
 * {@code help/methods.md}), rendered to HTML with raw HTML escaped, links written as their text (the report opens
 * offline and goes nowhere) and headings moved two levels down under the report's own.
 */
final class ReportMethods {

    static final String RESOURCE = "/help/methods.md";

    private static volatile String html;

    private ReportMethods() {
    }

    static String html() {
        String out = html;
        if (out == null) {
            out = render(load());
            html = out;
        }
        return out;
    }

    private static String load() {
        try (InputStream in = ReportMethods.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build (pom.xml copies docs/methods.md)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(String markdown) {
        Node doc = Parser.builder().build().parse(markdown);
        shiftHeadings(doc);
        return HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(context -> new NodeRenderer() {
                    @Override
                    public Set<Class<? extends Node>> getNodeTypes() {
                        return Set.of(Link.class);
                    }

                    @Override
                    public void render(Node link) {
                        for (Node c = link.getFirstChild(); c != null; c = c.getNext()) {
                            context.render(c);
                        }
                    }
                }).build().render(doc);
    }

    private static void shiftHeadings(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Heading h) {
                h.setLevel(Math.min(6, h.getLevel() + 2));
            }
            shiftHeadings(c);
        }
    }
}
