package org.latitude.report;

import java.util.Iterator;
import org.latitude.report.chart.ChartSvg;

/** The figures (inline SVG) and tables of report.html. */
final class ReportHtmlContent {

    private ReportHtmlContent() {
    }

    static void figures(StringBuilder out, ReportContent content) {
        if (content.figures().isEmpty()) {
            return;
        }
        out.append("<section class=\"major\" id=\"figures\"><h2>Figures</h2>\n");
        for (ReportFigure f : content.figures()) {
            out.append("<figure id=\"fig-").append(f.chart().id()).append("\">").append(ChartSvg.render(f.chart()))
                    .append("<figcaption>").append(ReportHtml.escape(f.caption())).append("</figcaption></figure>\n");
        }
        out.append("</section>\n");
    }

    static void tables(StringBuilder out, ReportContent content) {
        if (content.tables().isEmpty()) {
            return;
        }
        out.append("<section class=\"major\" id=\"tables\"><h2>Tables</h2>\n");
        for (ReportTable t : content.tables()) {
            table(out, t);
        }
        out.append("</section>\n");
    }

    private static void table(StringBuilder out, ReportTable t) {
        out.append("<h3 id=\"table-").append(t.file()).append("\">").append(ReportHtml.escape(t.title()))
                .append("</h3>\n<p>").append(ReportHtml.escape(t.description())).append(" File: <code>")
                .append(t.fileName()).append("</code>.</p>\n");
        if (t.htmlRows() == 0) {
            return;
        }
        StringBuilder rows = new StringBuilder();
        Iterator<? extends ReportTable.Row> it = t.rows().iterator();
        int shown = 0;
        while (shown < t.htmlRows() && it.hasNext()) {
            rows.append("<tr>");
            for (Object cell : it.next().cells()) {
                rows.append(cell instanceof Number n ? "<td class=\"n\">" + number(n) : "<td>"
                        + ReportHtml.escape(cell == null ? "" : cell.toString())).append("</td>");
            }
            rows.append("</tr>\n");
            shown++;
        }
        if (shown == 0) {
            out.append("<p class=\"muted\">No rows.</p>\n");
            return;
        }
        out.append("<table><thead><tr>");
        for (String c : t.columns()) {
            out.append("<th>").append(ReportHtml.escape(c)).append("</th>");
        }
        out.append("</tr></thead>\n").append(rows).append("</table>\n");
        if (it.hasNext()) {
            out.append("<p class=\"muted\">The first ").append(shown).append(" rows; all of them are in <code>")
                    .append(t.fileName()).append("</code>.</p>\n");
        }
    }

    private static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return ReportHtml.number(n.doubleValue());
        }
        return n.toString();
    }
}
