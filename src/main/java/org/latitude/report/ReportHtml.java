package org.latitude.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: the same document as {@code report.json}, readable offline in a browser and printable —
 * provenance, coders (humans and models apart), and every measure with its interval, n and note. Self-contained (no
 * script, no external resource). Every string is escaped: coder ids, labels and notes come from user files and are
 * hostile text. Definitions are in {@code docs/methods.md}, which the page names.
 */
public final class ReportHtml {

    private ReportHtml() {
    }

    public static String render(ReportDocument report, String title) {
        Map<String, Object> json = report.toJsonObject();
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                        + "'unsafe-inline'\"><title>").append(escape(title)).append("</title><style>")
                .append("body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:75em}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.2em .5em;")
                .append("text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}")
                .append("@media print{body{margin:0;font-size:10pt}}</style></head><body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        provenance(out, json.get("provenance"));
        coders(out, json.get("coders"));
        measures(out, report.measures());
        out.append("<p>Definitions, undefined cases and interval rules: docs/methods.md of Latitude. An empty cell is ")
                .append("an undefined figure; its reason is in the note.</p>\n</body></html>\n");
        return out.toString();
    }

    private static void provenance(StringBuilder out, Object provenance) {
        out.append("<h2>Provenance</h2>\n<table>");
        if (provenance instanceof Map<?, ?> p) {
            for (Map.Entry<?, ?> e : p.entrySet()) {
                out.append("<tr><th>").append(escape(String.valueOf(e.getKey()))).append("</th><td>")
                        .append(escape(Json.toJson(e.getValue()))).append("</td></tr>");
            }
        }
        out.append("</table>\n");
    }

    private static void coders(StringBuilder out, Object coders) {
        out.append("<h2>Coders</h2>\n<table><tr><th>name</th><th>kind</th></tr>");
        if (coders instanceof List<?> list) {
            for (Object c : list) {
                if (c instanceof Map<?, ?> m) {
                    out.append("<tr><td>").append(escape(String.valueOf(m.get("name")))).append("</td><td>")
                            .append(escape(String.valueOf(m.get("kind")))).append("</td></tr>");
                }
            }
        }
        out.append("</table>\n");
    }

    private static void measures(StringBuilder out, List<Measure> measures) {
        out.append("<h2>Measures</h2>\n<table><tr><th>measure</th><th>about</th><th>value</th><th>95 % CI</th>")
                .append("<th>n</th><th>note</th></tr>\n");
        for (Measure m : measures) {
            StringBuilder about = new StringBuilder();
            m.qualifiers().forEach((k, v) -> about.append(about.isEmpty() ? "" : "; ").append(k).append(": ")
                    .append(v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : v));
            out.append("<tr><td>").append(escape(m.measure())).append("</td><td>").append(escape(about.toString()))
                    .append("</td><td class=\"n\">").append(number(m.value())).append("</td><td class=\"n\">")
                    .append(Double.isNaN(m.ciLow()) && Double.isNaN(m.ciHigh()) ? ""
                            : number(m.ciLow()) + " – " + number(m.ciHigh()))
                    .append("</td><td class=\"n\">").append(m.nUnits()).append("</td><td>")
                    .append(m.note() == null ? "" : escape(m.note())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "";
    }

    /** HTML-escapes text for element content and attribute values. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
