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
}
