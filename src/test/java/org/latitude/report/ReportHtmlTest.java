package org.latitude.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** report.html shows the report's figures and never lets input text become markup. */
class ReportHtmlTest {

    @Test
    void hostileIdsAndNotesAreEscapedAndFiguresShown() {
        Provenance p = new Provenance("analyze", "dev", "m", 1, Map.of(), List.of());
        ReportDocument doc = new ReportDocument(p)
                .coder("<script>alert(1)</script>", ReportDocument.Kind.HUMAN, Map.of())
                .measures(List.of(Measure.of("f", "alpha_nominal", 0.71234, 12, "<img src=x onerror=alert(2)>")
                        .withCi(0.5, 0.9).with("coders", List.of("a\"b", "c"))));
        String html = ReportHtml.render(doc, "Report <b>x</b>");
        assertThat(html).doesNotContain("<script>", "<img", "<b>x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                        "0.7123", "0.5000 – 0.9000", "a&quot;b, c", "docs/methods.md");
    }
}
