package org.latitude.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latitude.report.chart.ChartSvg;

/**
 * {@code report.html}: the report to read and print. Summary first (headline figures with their intervals, coverage,
 * warnings in plain words), then the figures as inline SVG, the tables, every measure, the coders, the provenance
 * and the definitions of every figure (docs/methods.md, inside the file). Self-contained: no script (a Content
 * Security Policy forbids any), no external resource, opens offline; print CSS for A4 (figures and table rows are
 * never split across pages, table headers repeat). Every string is escaped: ids, labels, notes and item text come
 * from user files and are hostile.
 */
public final class ReportHtml {

    static final String STYLE = "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;"
            + "max-width:62em;padding:0 1em;color:#1a1a1a}h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px "
            + "solid #ccc}table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:.15em "
            + ".45em;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#f3f3f3}td.n{text-align:right;"
            + "font-variant-numeric:tabular-nums;white-space:nowrap}figure{margin:1.2em 0}figure svg{max-width:100%;"
            + "height:auto}figcaption{font-size:.9em;color:#444}.warn li{color:#8a4b00}.muted{color:#666}"
            + "nav ol{columns:2}.definitions{font-size:.92em}.definitions code{font-size:.95em}"
            + "@page{size:A4;margin:14mm 12mm}"
            + "@media print{body{margin:0;max-width:none;font-size:9.5pt}nav{display:none}h2{break-after:avoid}"
            + "h2,h3{break-after:avoid}figure,tr,.keep{break-inside:avoid}thead{display:table-header-group}"
            + "section.major{break-before:page}a{color:inherit;text-decoration:none}table{font-size:8pt}}";

    private ReportHtml() {
    }

    public static String render(ReportDocument report, String title) {
        Map<String, Object> json = report.toJsonObject();
        StringBuilder out = new StringBuilder(65_536);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                        + "'unsafe-inline'\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n");
        Provenance p = report.provenance();
        out.append("<p class=\"muted\">Latitude ").append(escape(p.version())).append(", ")
                .append(escape(p.command())).append(", seed ").append(p.seed()).append(". ")
                .append(escape(p.method())).append("</p>\n");
        ReportSummary.render(out, report);
        contents(out, report.content());
        ReportHtmlContent.figures(out, report.content());
        ReportHtmlContent.tables(out, report.content());
        measures(out, report.measures());
        coders(out, json.get("coders"));
        provenance(out, json.get("provenance"));
        out.append("<section class=\"major definitions\" id=\"definitions\"><h2>Definitions</h2>\n")
                .append("<p>What every figure means, when it is undefined and how its interval is made (Latitude's ")
                .append("docs/methods.md, included here). An empty cell is an undefined figure; its reason is in ")
                .append("the note.</p>\n").append(ReportMethods.html()).append("</section>\n</body></html>\n");
        return out.toString();
    }

    private static void contents(StringBuilder out, ReportContent content) {
        out.append("<nav><h2>Contents</h2><ol><li><a href=\"#summary\">Summary</a></li>");
        for (ReportFigure f : content.figures()) {
            out.append("<li><a href=\"#fig-").append(f.chart().id()).append("\">").append(escape(f.chart().title()))
                    .append("</a></li>");
        }
        for (ReportTable t : content.tables()) {
            out.append("<li><a href=\"#table-").append(t.file()).append("\">").append(escape(t.title()))
                    .append("</a></li>");
        }
        out.append("<li><a href=\"#measures\">All measures</a></li><li><a href=\"#coders\">Coders</a></li>")
                .append("<li><a href=\"#provenance\">Provenance</a></li><li><a href=\"#definitions\">Definitions")
                .append("</a></li></ol></nav>\n");
    }

    private static void provenance(StringBuilder out, Object provenance) {
        out.append("<section id=\"provenance\"><h2>Provenance</h2>\n<table>");
        if (provenance instanceof Map<?, ?> p) {
            for (Map.Entry<?, ?> e : p.entrySet()) {
                out.append("<tr><th>").append(escape(String.valueOf(e.getKey()))).append("</th><td>")
                        .append(escape(Json.toJson(e.getValue()))).append("</td></tr>");
            }
        }
        out.append("</table></section>\n");
    }

    private static void coders(StringBuilder out, Object coders) {
        out.append("<section id=\"coders\"><h2>Coders</h2>\n<table><thead><tr><th>name</th><th>kind</th></tr></thead>");
        if (coders instanceof List<?> list) {
            for (Object c : list) {
                if (c instanceof Map<?, ?> m) {
                    out.append("<tr><td>").append(escape(String.valueOf(m.get("name")))).append("</td><td>")
                            .append(escape(String.valueOf(m.get("kind")))).append("</td></tr>");
                }
            }
        }
        out.append("</table></section>\n");
    }

    private static void measures(StringBuilder out, List<Measure> measures) {
        out.append("<section class=\"major\" id=\"measures\"><h2>All measures</h2>\n<table><thead><tr>")
                .append("<th>measure</th><th>about</th><th>value</th><th>95 % CI</th><th>n</th><th>note</th></tr>")
                .append("</thead>\n");
        for (Measure m : measures) {
            out.append("<tr><td>").append(escape(m.measure())).append("</td><td>").append(escape(about(m)))
                    .append("</td><td class=\"n\">").append(number(m.value())).append("</td><td class=\"n\">")
                    .append(interval(m)).append("</td><td class=\"n\">").append(m.nUnits()).append("</td><td>")
                    .append(m.note() == null ? "" : escape(m.note())).append("</td></tr>\n");
        }
        out.append("</table></section>\n");
    }

    /** The qualifiers of a measure as "key: value; …". */
    static String about(Measure m) {
        StringBuilder about = new StringBuilder();
        m.qualifiers().forEach((k, v) -> about.append(about.isEmpty() ? "" : "; ").append(k).append(": ")
                .append(v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : v));
        return about.toString();
    }

    static String interval(Measure m) {
        return Double.isNaN(m.ciLow()) && Double.isNaN(m.ciHigh()) ? ""
                : number(m.ciLow()) + " – " + number(m.ciHigh());
    }

    static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "";
    }

    /** HTML-escapes text for element content and attribute values ({@link ChartSvg#escape}). */
    public static String escape(String s) {
        return ChartSvg.escape(s);
    }
}
