package org.latitude.analysis;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the analysis page shows of a stored report, typed: read from the same {@code report.json} the download
 * contains, so page and report cannot disagree. Undefined numbers are {@code NaN} with their reason.
 */
public record AnalysisOverview(String campaignName, String status, boolean soFar, String dataAsOf, String document,
                               int overlap, int goldRatePercent, int goldItems, Coverage coverage,
                               List<Headline> headline, List<String> warnings, List<AnnotatorRow> annotators,
                               List<ModelRow> models, List<KappaMatrix> matrices, String softwareVersion, long seed,
                               int bootstrap) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Items, items with two or more ratings, ratings, mean ratings per item. */
    public record Coverage(long items, long itemsWithTwoOrMore, long ratings, double meanRatingsPerItem) {
    }

    /** The headline α of a field with its CI, the items it rests on and its note (the reason when undefined). */
    public record Headline(String field, String measure, double value, double ciLow, double ciHigh, long items,
                           String note) {
    }

    /** One annotator: items, time per item, agreement with the leave-one-out majority, gold, Dawid–Skene, DA. */
    public record AnnotatorRow(String annotator, long items, double meanTimeS, double medianTimeS, String field,
                               double looKappa, int looItems, int goldItems, double goldAccuracy, double dsAccuracy,
                               double da) {
    }

    /** One model on one field against the humans (or its DA for the discretion row). */
    public record ModelRow(String model, String field, long comparedItems, double kappaVsMajority, double looKappa,
                           double humanLooMin, double humanLooMax, Boolean withinHumanRange, double da) {
    }

    /** Cohen's κ of every rater pair on a field, with the shared items and whether each rater is a model. */
    public record KappaMatrix(String field, List<String> raters, List<Boolean> models, double[][] kappa,
                              int[][] shared) {
    }

    public static AnalysisOverview of(StoredAnalysis stored) {
        JsonNode r = JSON.readTree(stored.reportJson());
        JsonNode c = r.path("campaign");
        JsonNode cov = c.path("coverage");
        List<Headline> headline = new ArrayList<>();
        for (JsonNode m : c.path("headline")) {
            headline.add(new Headline(m.path("field").asString(), m.path("measure").asString(), num(m, "value"),
                    num(m, "ci_low"), num(m, "ci_high"), m.path("n_units").asLong(), m.path("note").asString("")));
        }
        List<String> warnings = new ArrayList<>();
        c.path("warnings").forEach(w -> warnings.add(w.asString()));
        List<AnnotatorRow> annotators = new ArrayList<>();
        for (JsonNode a : c.path("annotators")) {
            annotators.add(new AnnotatorRow(a.path("annotator").asString(), a.path("items").asLong(),
                    num(a, "mean_time_s"), num(a, "median_time_s"), a.path("field").asString(""),
                    num(a, "loo_kappa"), a.path("loo_units").asInt(), a.path("gold_items").asInt(),
                    num(a, "gold_accuracy"), num(a, "ds_accuracy"), num(a, "da")));
        }
        List<ModelRow> models = new ArrayList<>();
        for (JsonNode m : c.path("models")) {
            JsonNode within = m.path("within_human_range");
            models.add(new ModelRow(m.path("model").asString(), m.path("field").asString(),
                    m.path("compared_items").asLong(), num(m, "kappa_vs_majority"), num(m, "loo_kappa"),
                    num(m, "human_loo_min"), num(m, "human_loo_max"), within.isBoolean() ? within.asBoolean() : null,
                    num(m, "da")));
        }
        List<KappaMatrix> matrices = new ArrayList<>();
        for (JsonNode f : r.path("agreement_fields").path("fields")) {
            JsonNode p = f.path("pairwise_kappa");
            if (p.isMissingNode()) {
                continue;
            }
            List<String> raters = new ArrayList<>();
            p.path("coders").forEach(x -> raters.add(x.asString()));
            List<Boolean> kinds = new ArrayList<>();
            p.path("kinds").forEach(x -> kinds.add(x.asString().equals("model")));
            int n = raters.size();
            double[][] kappa = new double[n][n];
            int[][] shared = new int[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    JsonNode k = p.path("kappa").path(i).path(j);
                    kappa[i][j] = k.isNumber() ? k.asDouble() : Double.NaN;
                    shared[i][j] = p.path("shared_units").path(i).path(j).asInt();
                }
            }
            matrices.add(new KappaMatrix(f.path("field").asString(), raters, kinds, kappa, shared));
        }
        JsonNode design = c.path("design");
        return new AnalysisOverview(c.path("name").asString(), c.path("status").asString(),
                c.path("so_far").asBoolean(), c.path("data_as_of").asString(""), c.path("document").asString(),
                design.path("overlap_k").asInt(), design.path("gold_rate_percent").asInt(),
                design.path("gold_items").asInt(), new Coverage(cov.path("items").asLong(),
                cov.path("items_with_2_or_more").asLong(), cov.path("ratings").asLong(),
                num(cov, "mean_ratings_per_item")), headline, warnings, annotators, models, matrices,
                stored.softwareVersion(), stored.seed(), stored.bootstrap());
    }

    private static double num(JsonNode node, String key) {
        JsonNode v = node.path(key);
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }
}
