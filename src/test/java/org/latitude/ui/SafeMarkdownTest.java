package org.latitude.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Guidelines Markdown renders its formatting but never raw HTML or script URLs. */
class SafeMarkdownTest {

    @Test
    void formattingRendersButRawHtmlIsEscapedAndScriptLinksAreDisarmed() {
        String html = SafeMarkdown.toHtml("""
                # Label carefully
                **Unsafe** means *harmful*.
                <script>alert(1)</script>
                <img src=x onerror=alert(2)>

                [click](javascript:alert(3)) and [docs](https://example.org/guide)
                """);
        assertThat(html).contains("<h1>Label carefully</h1>", "<strong>Unsafe</strong>", "<em>harmful</em>",
                "href=\"https://example.org/guide\"");
        assertThat(html).doesNotContain("<script", "<img", "javascript:");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void dataLinksAndImagesFromAnywhereAreNotRenderedSoNothingCanTrackTheReader() {
        String html = SafeMarkdown.toHtml("""
                [open me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
                ![tracking pixel](https://tracker.example/p.gif?who=annotator)
                ![inline](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)
                [mail](mailto:lead@example.org) [relative](/annotate/1)
                """);
        assertThat(html).doesNotContain("data:", "<img", "tracker.example");
        assertThat(html).contains("[image: tracking pixel]", "[image: inline]", "href=\"mailto:lead@example.org\"",
                "href=\"/annotate/1\"");
    }
}
