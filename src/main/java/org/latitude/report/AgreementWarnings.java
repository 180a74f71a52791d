package org.latitude.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Warnings in plain words for the summary of an agreement report, read from its measures. */
final class AgreementWarnings {

    /** Krippendorff (2004): α ≥ 0.667 for tentative conclusions, ≥ 0.8 for reliable data. */
    static final double TENTATIVE = 0.667;

    private AgreementWarnings() {
    }

    static List<String> of(List<Measure> measures) {
        List<String> out = new ArrayList<>();
        List<Measure> alphas = Measures.named(measures, "alpha_nominal", "label", "category", "raters").toList();
        alphaWarnings(measures, out);
        if (!alphas.isEmpty() && Double.isNaN(alphas.getFirst().ciLow())) {
            out.add("No confidence intervals: the analysis ran without a bootstrap, so no figure says how much it "
                    + "could vary with other items.");
        }
        double units = first(measures, "units");
        double pairable = first(measures, "pairable_units");
        if (units > pairable) {
            out.add(String.format(Locale.ROOT, "%.0f of %.0f units have fewer than two human ratings and do not "
                    + "enter α.", units - pairable, units));
        }
        double tied = first(measures, "majority_tied_units");
        if (tied > 0) {
            out.add(String.format(Locale.ROOT, "%.0f units have a tied human majority (see the tie rule in the "
                    + "provenance).", tied));
        }
        long pairs = Measures.named(measures, "cohen_kappa", "category").count();
        long undefined = Measures.named(measures, "cohen_kappa", "category").filter(m -> Double.isNaN(m.value()))
                .count();
        if (undefined > 0) {
            out.add(undefined + " of " + pairs + " rater pairs have an undefined κ (no shared units, or no "
                    + "variation on the shared units).");
        }
        Measures.named(measures, "model_loo_percentile", "category").forEach(m -> {
            if (m.value() == 0 || m.value() == 1) {
                out.add("Model " + m.qualifiers().get("model") + " agrees with the humans " + (m.value() == 0
                        ? "less than every" : "more than every") + " human does with the others (leave-one-out κ).");
            }
        });
        return out;
    }

    private static void alphaWarnings(List<Measure> measures, List<String> out) {
        measures.stream().filter(m -> m.measure().startsWith("alpha_") && !m.measure().equals("alpha_one_vs_rest"))
                .filter(m -> m.qualifiers().isEmpty()).forEach(m -> {
                    if (Double.isNaN(m.value())) {
                        out.add(m.measure() + " is undefined: " + m.note());
                    } else if (m.value() < TENTATIVE) {
                        out.add(String.format(Locale.ROOT, "%s = %.3f is below %.3f, the least Krippendorff (2004) "
                                + "accepts for tentative conclusions.", m.measure(), m.value(), TENTATIVE));
                    }
                });
    }

    private static double first(List<Measure> measures, String name) {
        return Measures.named(measures, name, "category").mapToDouble(Measure::value).findFirst().orElse(0);
    }
}
