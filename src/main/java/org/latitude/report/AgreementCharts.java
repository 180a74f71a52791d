package org.latitude.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latitude.agreement.FieldAgreement;
import org.latitude.agreement.Level;
import org.latitude.report.chart.IntervalChart;

/** The interval charts of an agreement report, read from its measures. */
final class AgreementCharts {

    private AgreementCharts() {
    }

    /**
     * α per category with its interval and prevalence: for a set-valued field each category's binary α, else each
     * value's one-vs-rest α; {@code null} when there is no such figure.
     */
    static IntervalChart alphaByCategory(FieldAgreement result, List<Measure> measures) {
        boolean set = result.domain().level() == Level.SET;
        List<IntervalChart.Point> points = new ArrayList<>();
        for (String label : result.domain().labels()) {
            Measure alpha = set
                    ? Measures.named(measures, "alpha_nominal", "label", "raters")
                            .filter(m -> label.equals(Measures.qualifier(m, "category"))).findFirst().orElse(null)
                    : Measures.find(measures, "alpha_one_vs_rest", "label", label).orElse(null);
            if (alpha == null) {
                continue;
            }
            double prevalence = Measures.named(measures, "prevalence", "category")
                    .filter(m -> label.equals(Measures.qualifier(m, "label"))).mapToDouble(Measure::value)
                    .findFirst().orElse(Double.NaN);
            String detail = Double.isNaN(prevalence) ? "n=" + alpha.nUnits()
                    : "n=" + alpha.nUnits() + " · prevalence " + AgreementContent.percent(prevalence);
            points.add(new IntervalChart.Point(label, 0, alpha.value(), alpha.ciLow(), alpha.ciHigh(),
                    alpha.nUnits(), detail));
        }
        if (points.isEmpty()) {
            return null;
        }
        return new IntervalChart("alpha-by-category", "Krippendorff's α per category", "Krippendorff's α", -1, 1,
                List.of("α"), points);
    }

    /** Over- and under-flag rates of one model per category, or {@code null} when it has none. */
    static IntervalChart flagRates(List<Measure> measures, String model, int index) {
        List<IntervalChart.Point> points = new ArrayList<>();
        measures.stream().filter(m -> model.equals(Measures.qualifier(m, "model")))
                .filter(m -> m.measure().equals("over_flag_rate") || m.measure().equals("under_flag_rate"))
                .filter(m -> !m.qualifiers().containsKey("category"))
                .forEach(m -> points.add(new IntervalChart.Point(Measures.qualifier(m, "label"),
                        m.measure().startsWith("over") ? 0 : 1, m.value(), m.ciLow(), m.ciHigh(), m.nUnits(), "")));
        if (points.isEmpty()) {
            // a set-valued field: each category's present/absent analysis, flagging = saying "present"
            measures.stream().filter(m -> model.equals(Measures.qualifier(m, "model")))
                    .filter(m -> m.measure().equals("over_flag_rate") || m.measure().equals("under_flag_rate"))
                    .filter(m -> "present".equals(Measures.qualifier(m, "label")))
                    .filter(m -> m.qualifiers().containsKey("category"))
                    .forEach(m -> points.add(new IntervalChart.Point(Measures.qualifier(m, "category"),
                            m.measure().startsWith("over") ? 0 : 1, m.value(), m.ciLow(), m.ciHigh(), m.nUnits(),
                            "")));
        }
        if (points.isEmpty()) {
            return null;
        }
        return new IntervalChart("flag-rates-" + slug(model, index), "Over- and under-flagging by " + model,
                "rate against the human majority", 0, 1, List.of("over-flag", "under-flag"), points);
    }

    /** A chart id part from a (hostile) name: its safe letters, and a number that keeps it unique. */
    static String slug(String name, int index) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        safe = safe.length() > 30 ? safe.substring(0, 30) : safe;
        return (safe.isEmpty() ? "" : safe + "-") + index;
    }
}
