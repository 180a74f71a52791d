package org.latitude.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latitude.agreement.AnnotatorAgreement;
import org.latitude.agreement.FieldAgreement;
import org.latitude.agreement.ModelComparison;
import org.latitude.campaign.CampaignStatus;
import org.latitude.discretion.AnnotatorResult;
import org.latitude.discretion.DiscretionResult;
import org.latitude.report.Measure;

/**
 * The {@code campaign} section of a web report: what was analysed (campaign, task, document, design, who annotated
 * how much, hashes, data as of), coverage, the headline α of each field, one row per annotator and per model, and
 * warnings in plain words. The page shows this section first; it is in {@code report.json} so the page and the
 * downloaded report say the same.
 */
final class CampaignSection {

    private CampaignSection() {
    }

    static Map<String, Object> of(CampaignInputs in, List<FieldAgreement> results, DiscretionResult dr,
                                  List<Measure> measures) {
        Map<String, Object> out = new LinkedHashMap<>();
        var c = in.campaign();
        out.put("id", c.id().value());
        out.put("name", c.summary().name());
        out.put("task", c.summary().taskType().name().toLowerCase(Locale.ROOT));
        out.put("status", c.summary().status().name().toLowerCase(Locale.ROOT));
        out.put("so_far", c.summary().status() != CampaignStatus.CLOSED);
        out.put("document", in.document());
        out.put("data_as_of", in.dataAsOf() == null ? null : in.dataAsOf().toString());
        out.put("item_set_sha256", in.itemSetSha256());
        out.put("inputs_sha256", in.inputsSha256());
        Map<String, Object> design = in.design();
        design.put("annotated", in.humans().stream().map(h -> Map.<String, Object>of("annotator", h.name(),
                "items", h.items())).toList());
        out.put("design", design);
        out.put("coverage", coverage(in));
        List<Object> headline = new ArrayList<>();
        for (Measure m : measures) {
            if (m.qualifiers().isEmpty() && isHeadline(m)) {
                headline.add(m);
            }
        }
        out.put("headline", headline);
        FieldAgreement main = results.isEmpty() ? null : results.getFirst();
        out.put("annotators", annotators(in, main, dr, measures));
        out.put("models", models(in, results, dr));
        out.put("warnings", warnings(in, results, measures));
        return out;
    }

    /** α of the field's level (MASI and Jaccard for the category set): the figure a field is summarised by. */
    static boolean isHeadline(Measure m) {
        String f = m.field();
        return switch (m.measure()) {
            case "alpha_nominal" -> !f.equals(CampaignReader.RESPONSE_OWN);
            case "alpha_ordinal" -> f.equals(CampaignReader.RESPONSE_OWN);
            case "alpha_masi", "alpha_jaccard" -> true;
            default -> false;
        };
    }

    private static Map<String, Object> coverage(CampaignInputs in) {
        long items = 0;
        long ratings = 0;
        long twoPlus = 0;
        Map<String, Object> histogram = new LinkedHashMap<>();
        for (var e : in.ratingsPerItem().entrySet()) {
            items += e.getValue();
            ratings += e.getKey() * e.getValue();
            if (e.getKey() >= 2) {
                twoPlus += e.getValue();
            }
            histogram.put(Integer.toString(e.getKey()), e.getValue());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("items_with_2_or_more", twoPlus);
        out.put("ratings", ratings);
        out.put("mean_ratings_per_item", items == 0 ? Double.NaN : (double) ratings / items);
        out.put("ratings_per_item", histogram);
        return out;
    }

    private static List<Object> annotators(CampaignInputs in, FieldAgreement main, DiscretionResult dr,
                                           List<Measure> measures) {
        List<Object> rows = new ArrayList<>();
        for (CampaignInputs.Human h : in.humans()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("annotator", h.name());
            row.put("items", h.items());
            row.put("mean_time_s", h.items() == 0 ? Double.NaN : h.totalTimeMs() / 1000.0 / h.items());
            row.put("median_time_s", h.medianTimeMs() / 1000.0);
            row.put("field", main == null ? null : main.field());
            AnnotatorAgreement loo = main == null || main.comparison() == null ? null : main.comparison().humans()
                    .stream().filter(a -> a.annotator().equals(h.name())).findFirst().orElse(null);
            row.put("loo_kappa", loo == null ? Double.NaN : loo.kappaVsOthers().value());
            row.put("loo_kappa_note", loo == null ? "no leave-one-out majority" : loo.kappaVsOthers().reason());
            row.put("loo_units", loo == null ? 0 : loo.units());
            row.put("gold_items", h.goldSeen());
            row.put("gold_accuracy", h.goldAccuracy());
            row.put("ds_accuracy", main == null ? Double.NaN : value(measures, main.field(), "ds_accuracy",
                    h.name()));
            AnnotatorResult d = dr == null ? null : dr.annotator(h.name()).orElse(null);
            row.put("da", d == null ? Double.NaN : d.arbitrariness().value());
            rows.add(row);
        }
        return rows;
    }

    private static double value(List<Measure> measures, String field, String measure, String annotator) {
        for (Measure m : measures) {
            if (m.field().equals(field) && m.measure().equals(measure)
                    && annotator.equals(m.qualifiers().get("annotator")) && !m.qualifiers().containsKey("category")) {
                return m.value();
            }
        }
        return Double.NaN;
    }

    private static List<Object> models(CampaignInputs in, List<FieldAgreement> results, DiscretionResult dr) {
        List<Object> rows = new ArrayList<>();
        for (CampaignInputs.Model model : in.modelRaters()) {
            for (FieldAgreement r : results) {
                ModelComparison m = r.comparison() == null ? null : r.comparison().models().stream()
                        .filter(x -> x.model().equals(model.name())).findFirst().orElse(null);
                if (m == null) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("model", model.name());
                row.put("field", r.field());
                row.put("compared_items", m.comparedUnits());
                row.put("kappa_vs_majority", m.kappaVsMajority().value());
                row.put("kappa_note", m.kappaVsMajority().reason());
                row.put("loo_kappa", m.looKappa());
                row.put("human_loo_min", m.humanLooMin());
                row.put("human_loo_max", m.humanLooMax());
                row.put("within_human_range", Double.isNaN(m.looKappa()) ? null : m.withinHumanRange());
                rows.add(row);
            }
            AnnotatorResult d = dr == null ? null : dr.annotator(model.name()).orElse(null);
            if (d != null) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("model", model.name());
                row.put("field", "discretion");
                row.put("da", d.arbitrariness().value());
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> warnings(CampaignInputs in, List<FieldAgreement> results, List<Measure> measures) {
        List<String> out = new ArrayList<>();
        if (in.campaign().summary().status() != CampaignStatus.CLOSED) {
            out.add("The campaign is still " + in.campaign().summary().status().name().toLowerCase(Locale.ROOT)
                    + ": these are the figures so far.");
        }
        if (in.humans().size() < 2) {
            out.add("Fewer than two annotators have annotated: agreement between humans cannot be measured yet.");
        }
        for (Measure m : measures) {
            if (!m.qualifiers().isEmpty()) {
                continue;
            }
            if (isHeadline(m) && Double.isNaN(m.value())) {
                out.add("α of " + m.field() + " is undefined: " + m.note() + ".");
            } else if (isHeadline(m) && m.nUnits() < ReportAssembly.FEW_ITEMS && !m.measure().equals("alpha_jaccard")) {
                out.add("Only " + m.nUnits() + " items with two or more ratings on " + m.field()
                        + ": its figures rest on few items and their intervals are wide.");
            }
        }
        for (Measure m : measures) {
            if (m.measure().equals("prevalence") && m.field().equals(CampaignReader.CATEGORIES)
                    && !m.qualifiers().containsKey("category") && m.value() < ReportAssembly.RARE && !Double.isNaN(m.value())) {
                out.add("Category " + m.qualifiers().get("label") + " is rare (" + String.format(Locale.ROOT,
                        "%.1f", 100 * m.value()) + " % of the ratings): its agreement figures are unstable.");
            }
        }
        for (FieldAgreement r : results) {
            if (r.comparison() == null) {
                continue;
            }
            for (ModelComparison m : r.comparison().models()) {
                if (m.comparedUnits() < ReportAssembly.FEW_ITEMS) {
                    out.add("Model " + m.model() + " is compared with the human majority on only " + m.comparedUnits()
                            + " items of " + r.field() + ".");
                }
            }
        }
        out.addAll(in.warnings());
        return out;
    }
}
