package org.latitude.report;

import java.util.List;
import java.util.Set;

/**
 * The summary at the top of report.html: the headline figures of each field with their intervals (α for
 * agreement, models against the human majority; case shares and DA for discretion), coverage and warnings.
 */
final class ReportSummary {

    private static final Set<String> HEADLINE = Set.of("alpha_nominal", "alpha_ordinal", "alpha_interval",
            "alpha_ratio", "alpha_masi", "alpha_jaccard", "alpha_exact_set", "model_kappa_vs_majority", "case_share",
            "da");
    /** Qualifiers that make a figure a detail rather than a headline (per category, per value, with models). */
    private static final Set<String> DETAIL = Set.of("category", "label", "raters");
    private static final List<String> COVERAGE = List.of("units", "pairable_units", "coders", "ratings", "models");

    private ReportSummary() {
    }

    static void render(StringBuilder out, ReportDocument report) {
        List<Measure> measures = report.measures();
        out.append("<section id=\"summary\"><h2>Summary</h2>\n");
        List<Measure> headline = measures.stream().filter(m -> HEADLINE.contains(m.measure()))
                .filter(m -> m.qualifiers().keySet().stream().noneMatch(DETAIL::contains)).toList();
        if (!headline.isEmpty()) {
            out.append("<table class=\"keep\"><thead><tr><th>field</th><th>figure</th><th>about</th><th>value</th>")
                    .append("<th>95 % CI</th><th>n</th></tr></thead>\n");
            for (Measure m : headline) {
                out.append("<tr><td>").append(ReportHtml.escape(m.field())).append("</td><td>")
                        .append(ReportHtml.escape(m.measure())).append("</td><td>")
                        .append(ReportHtml.escape(about(m))).append("</td><td class=\"n\">")
                        .append(Double.isNaN(m.value()) ? "undefined" : ReportHtml.number(m.value()))
                        .append("</td><td class=\"n\">").append(ReportHtml.interval(m)).append("</td><td class=\"n\">")
                        .append(m.nUnits()).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        StringBuilder coverage = new StringBuilder();
        for (String name : COVERAGE) {
            Measures.named(measures, name, "category").findFirst().ifPresent(m -> coverage
                    .append(coverage.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.0f",
                            m.value())).append(' ').append(name.replace('_', ' ')));
        }
        if (report.toJsonObject().get("discretion") instanceof java.util.Map<?, ?> d) {
            coverage.append(coverage.isEmpty() ? "" : ", ").append(d.get("items")).append(" items, ")
                    .append(d.get("principles") instanceof List<?> l ? l.size() : 0).append(" principles");
        }
        if (!coverage.isEmpty()) {
            out.append("<p><b>Coverage:</b> ").append(ReportHtml.escape(coverage.toString())).append(".</p>\n");
        }
        List<String> warnings = report.content().warnings();
        List<Measure> undefined = headline.stream().filter(m -> Double.isNaN(m.value())).toList();
        if (!warnings.isEmpty() || !undefined.isEmpty()) {
            out.append("<h3>Warnings</h3><ul class=\"warn\">");
            warnings.forEach(w -> out.append("<li>").append(ReportHtml.escape(w)).append("</li>"));
            undefined.stream().filter(m -> warnings.stream().noneMatch(w -> w.startsWith(m.measure() + " ")))
                    .forEach(m -> out.append("<li>").append(ReportHtml.escape(m.measure() + " ("
                            + about(m) + ") is undefined: " + m.note())).append("</li>"));
            out.append("</ul>\n");
        } else {
            out.append("<p>No warnings.</p>\n");
        }
        out.append("</section>\n");
    }

    /** The qualifiers that say whom a headline figure is about. */
    private static String about(Measure m) {
        StringBuilder s = new StringBuilder();
        for (String key : List.of("model", "annotator", "case", "against")) {
            Object v = m.qualifiers().get(key);
            if (v != null) {
                s.append(s.isEmpty() ? "" : ", ").append(key).append(' ').append(v);
            }
        }
        return s.toString();
    }
}
