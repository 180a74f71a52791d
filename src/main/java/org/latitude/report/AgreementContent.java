package org.latitude.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.latitude.agreement.CoderPair;
import org.latitude.agreement.Consensus;
import org.latitude.agreement.FieldAgreement;
import org.latitude.agreement.Level;
import org.latitude.agreement.PairwiseAgreement;
import org.latitude.agreement.RatingTable;
import org.latitude.report.chart.ConfusionMatrix;
import org.latitude.report.chart.HeatMap;
import org.latitude.report.chart.IntervalChart;

/**
 * The figures, tables and warnings of an agreement report, from the engine's result and the coded table it ran on:
 * rater × rater (and × model) κ, α per category with prevalence, each model against the human majority (confusion
 * matrix, over- and under-flag rates), and the tables {@code pairwise_kappa}, {@code raters}, {@code items},
 * {@code ratings_long} and {@code model_ratings_long}.
 */
public final class AgreementContent {

    /** How many rows of a long table report.html shows; the CSV has them all. */
    static final int HTML_ROWS = 200;

    private AgreementContent() {
    }

    /**
     * @param measures the result's figures as measures (the report's rows)
     * @param drill    the drill-down target of a κ cell for (row rater, column rater), or {@code null} for none
     */
    public static ReportContent of(FieldAgreement result, RatingTable table, Set<String> models,
                                   List<Measure> measures, BiFunction<String, String, String> drill) {
        List<String> humans = table.coderIds().stream().filter(c -> !models.contains(c)).toList();
        List<String> modelIds = table.coderIds().stream().filter(models::contains).toList();
        List<ReportFigure> figures = new ArrayList<>();
        if (result.pairwise() != null) {
            figures.add(new ReportFigure(kappaMap(result.pairwise(), humans, modelIds, drill), "Cohen's κ of each "
                    + "pair of raters on the units both rated (n in each cell); rows are the human raters, columns "
                    + "the human raters then the models. Grey: κ undefined (no variation or no shared units)."));
        }
        IntervalChart categories = AgreementCharts.alphaByCategory(result, measures);
        if (categories != null) {
            figures.add(new ReportFigure(categories, "Krippendorff's α of each category as a present/absent "
                    + "(one-vs-rest) field, with its 95 % interval and how often humans chose it (prevalence)."));
        }
        Consensus majority = result.comparison() != null ? result.comparison().humanMajority() : null;
        for (String model : modelIds) {
            if (majority != null && table.level() != Level.SET
                    && majority.unitCount() == AgreementTables.unitsWithHuman(table, models)) {
                figures.add(new ReportFigure(confusion(table, humans, model, majority), "Units by the human "
                        + "majority's label (rows) and the model's (columns); each cell's share is of its row."));
            }
            IntervalChart rates = AgreementCharts.flagRates(measures, model, figures.size());
            if (rates != null) {
                figures.add(new ReportFigure(rates, "Over-flagging: the model gives the category where the human "
                        + "majority does not; under-flagging: the reverse (rates with 95 % intervals)."));
            }
        }
        List<ReportTable> tables = new ArrayList<>();
        if (result.pairwise() != null) {
            tables.add(new ReportTable("pairwise_kappa", "Rater pairs", "Cohen's κ of every pair of raters "
                    + "(models included) on the units both rated.", AgreementTables.PAIR_COLUMNS,
                    pairRows(result.pairwise(), models), HTML_ROWS));
        }
        tables.add(new ReportTable("raters", "Raters", "Each human's κ with the majority of the other humans "
                + "(leave-one-out) and each model's κ with the human majority; Dawid–Skene accuracy when fitted.",
                AgreementTables.RATER_COLUMNS, raterRows(table, humans, modelIds, measures), HTML_ROWS));
        List<String> itemColumns = new ArrayList<>(List.of("unit"));
        humans.forEach(h -> itemColumns.add("rater:" + h));
        itemColumns.add("consensus");
        modelIds.forEach(m -> itemColumns.add("model:" + m));
        tables.add(new ReportTable("items", "Items", "Each unit with every human rater's label, the human "
                + "consensus (" + (majority == null ? "none for this level" : majority.method()) + ") and each "
                + "model's label.", itemColumns, AgreementTables.items(table, humans, modelIds, majority),
                HTML_ROWS));
        tables.add(new ReportTable("ratings_long", "Human ratings (long)", "The coded human ratings every figure "
                + "was computed from, in the input format of analyze.", AgreementTables.ratingColumns(table),
                AgreementTables.ratings(table, models, false), 0));
        if (!modelIds.isEmpty()) {
            tables.add(new ReportTable("model_ratings_long", "Model judgments (long)", "The coded model "
                    + "judgments, in the input format of analyze --model.", AgreementTables.ratingColumns(table),
                    AgreementTables.ratings(table, models, true), 0));
        }
        return new ReportContent(AgreementWarnings.of(measures), figures, tables);
    }

    private static HeatMap kappaMap(PairwiseAgreement pairwise, List<String> humans, List<String> models,
                                    BiFunction<String, String, String> drill) {
        List<String> columns = new ArrayList<>(humans);
        columns.addAll(models);
        List<HeatMap.Cell> cells = new ArrayList<>();
        for (CoderPair p : pairwise.pairs()) {
            int ra = humans.indexOf(p.coderA());
            int rb = humans.indexOf(p.coderB());
            double k = p.cohenKappa().value();
            if (ra >= 0) {
                cells.add(new HeatMap.Cell(ra, columns.indexOf(p.coderB()), k, p.sharedUnits(),
                        drill == null ? null : drill.apply(p.coderA(), p.coderB())));
            }
            if (rb >= 0) {
                cells.add(new HeatMap.Cell(rb, columns.indexOf(p.coderA()), k, p.sharedUnits(),
                        drill == null ? null : drill.apply(p.coderB(), p.coderA())));
            }
        }
        return new HeatMap("kappa-pairs", "Cohen's κ per pair of raters", "human rater", "human rater or model",
                "Cohen's κ", HeatMap.Scale.SIGNED, humans, columns, cells);
    }

    private static ConfusionMatrix confusion(RatingTable table, List<String> humans, String model,
                                             Consensus majority) {
        int k = table.valueCount();
        long[][] counts = new long[k][k];
        int modelCode = table.coderCode(model);
        Set<Integer> humanCodes = new java.util.HashSet<>();
        humans.forEach(h -> humanCodes.add(table.coderCode(h)));
        int scope = 0;
        for (int u = 0; u < table.unitCount(); u++) {
            int said = -1;
            boolean human = false;
            for (int i = table.ratingStart(u); i < table.ratingStart(u + 1); i++) {
                human |= humanCodes.contains(table.ratingCoder(i));
                said = table.ratingCoder(i) == modelCode ? table.ratingValue(i) : said;
            }
            if (!human) {
                continue;
            }
            int cons = majority.label(scope++);
            if (said >= 0 && cons >= 0) {
                counts[cons][said]++;
            }
        }
        List<String> labels = new ArrayList<>();
        for (int v = 0; v < k; v++) {
            labels.add(table.valueLabel(v));
        }
        return new ConfusionMatrix("confusion-" + AgreementCharts.slug(model, table.coderCode(model)),
                "Human majority vs " + model, "human majority", model, labels, counts);
    }

    private static List<AgreementTables.PairRow> pairRows(PairwiseAgreement pairwise, Set<String> models) {
        List<AgreementTables.PairRow> rows = new ArrayList<>();
        for (CoderPair p : pairwise.pairs()) {
            rows.add(new AgreementTables.PairRow(p.coderA(), kind(models, p.coderA()), p.coderB(),
                    kind(models, p.coderB()), p.sharedUnits(), p.percentAgreement(), p.cohenKappa().value(),
                    p.weightedKappa() == null ? Double.NaN : p.weightedKappa().value(),
                    p.cohenKappa().reason() == null ? "" : p.cohenKappa().reason()));
        }
        return rows;
    }

    private static List<AgreementTables.RaterRow> raterRows(RatingTable table, List<String> humans,
                                                            List<String> models, List<Measure> measures) {
        long[] ratings = new long[table.coderCount()];
        for (int i = 0; i < table.ratingCount(); i++) {
            ratings[table.ratingCoder(i)]++;
        }
        Map<String, AgreementTables.RaterRow> rows = new LinkedHashMap<>();
        for (String h : humans) {
            Measure loo = Measures.find(measures, "loo_kappa", "annotator", h).orElse(null);
            double ds = Measures.find(measures, "ds_accuracy", "annotator", h).map(Measure::value)
                    .orElse(Double.NaN);
            rows.put(h, new AgreementTables.RaterRow(h, "human", ratings[table.coderCode(h)],
                    loo == null ? Double.NaN : loo.value(), loo == null ? Double.NaN : loo.ciLow(),
                    loo == null ? Double.NaN : loo.ciHigh(), loo == null ? 0 : loo.nUnits(),
                    "majority of the other humans", ds));
        }
        for (String m : models) {
            Measure k = Measures.find(measures, "model_kappa_vs_majority", "model", m).orElse(null);
            rows.put(m, new AgreementTables.RaterRow(m, "model", ratings[table.coderCode(m)],
                    k == null ? Double.NaN : k.value(), k == null ? Double.NaN : k.ciLow(),
                    k == null ? Double.NaN : k.ciHigh(), k == null ? 0 : k.nUnits(), "human majority", Double.NaN));
        }
        return List.copyOf(rows.values());
    }

    static String kind(Set<String> models, String coder) {
        return models.contains(coder) ? "model" : "human";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}
