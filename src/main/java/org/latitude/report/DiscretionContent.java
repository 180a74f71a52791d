package org.latitude.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.latitude.discretion.AnnotatorResult;
import org.latitude.discretion.CaseShare;
import org.latitude.discretion.DiscrepancyEstimate;
import org.latitude.discretion.DiscretionResult;
import org.latitude.discretion.Principle;
import org.latitude.report.chart.HeatMap;
import org.latitude.report.chart.IntervalChart;
import org.latitude.report.chart.ShareChart;

/**
 * The figures, tables and warnings of a discretion report (Buyl et al. 2025): case shares, DA per annotator,
 * principle priorities (ranks) per annotator, each annotator's PS matrix and the DD matrix; the tables
 * {@code discretion_priorities} and {@code discretion_items}.
 */
public final class DiscretionContent {

    /** w* and rank of one principle for one annotator (empty where report.json has null; reasons in the notes). */
    record PriorityRow(String annotator, int principleId, String principle, double wStar, double wLow, double wHigh,
                       double rank, double rankLow, double rankHigh, String fitStatus, String wNote, String ciNote)
            implements ReportTable.Row {
        public List<Object> cells() {
            return Arrays.asList(annotator, principleId, principle, wStar, wLow, wHigh, rank, rankLow, rankHigh,
                    fitStatus, wNote, ciNote);
        }
    }

    /** One annotator: DA, the priority fit, DD against the reference. */
    record AnnotatorRow(String annotator, String kind, double da, double daLow, double daHigh, long daItems,
                        String fitStatus, String reference, double dd, double ddLow, double ddHigh, String note)
            implements ReportTable.Row {
        public List<Object> cells() {
            return Arrays.asList(annotator, kind, da, daLow, daHigh, daItems, fitStatus, reference, dd, ddLow, ddHigh,
                    note);
        }
    }

    /** One item: its case, the principles' consensus sign and every annotator's preference sign. */
    record ItemRow(String rowId, String itemCase, int consensus, List<Integer> signs) implements ReportTable.Row {
        public List<Object> cells() {
            List<Object> out = new ArrayList<>(List.of(rowId, itemCase, consensus));
            out.addAll(signs);
            return out;
        }
    }

    private DiscretionContent() {
    }

    public static ReportContent of(DiscretionResult result, List<Measure> measures) {
        List<ReportFigure> figures = new ArrayList<>();
        figures.add(new ReportFigure(cases(result), "Share of items by case: the principles conflict, agree "
                + "(consensus) or none applies (indifference). Only consensus items enter DA; only conflicts enter "
                + "PS, w* and DD."));
        figures.add(new ReportFigure(arbitrariness(result, measures), "Discretion arbitrariness: the share of "
                + "consensus items on which the annotator goes against the principles' consensus (95 % bootstrap "
                + "interval)."));
        IntervalChart ranks = ranks(result, measures);
        figures.add(new ReportFigure(ranks, "Principle priorities: each annotator's rank of each principle "
                + "(1 = highest, from the Bradley–Terry weights w*), with 95 % bootstrap intervals."));
        List<AnnotatorResult> annotators = result.annotators();
        for (int a = 0; a < annotators.size(); a++) {
            figures.add(new ReportFigure(supremacy(result, annotators.get(a), a), "Principle supremacy: the share "
                    + "of the conflicts between the row's and the column's principle that the row's wins, with the "
                    + "number of conflicts n."));
        }
        if (annotators.size() > 1) {
            figures.add(new ReportFigure(discrepancies(result), "Discretion discrepancy between two annotators: "
                    + "(1 − Kendall's τ-b of their priority rankings) / 2; 0 = same order, 1 = reversed."));
        }
        List<ReportTable> tables = List.of(
                new ReportTable("discretion_annotators", "Annotators", "Each annotator's discretion "
                        + "arbitrariness (DA, over the consensus items where it has a strict preference), the status "
                        + "of its priority fit and its discretion discrepancy (DD) with the reference.",
                        List.of("annotator", "kind", "da", "da_ci_low", "da_ci_high", "da_items", "fit_status",
                                "reference", "dd", "dd_ci_low", "dd_ci_high", "note"),
                        annotatorRows(result, measures), AgreementContent.HTML_ROWS),
                new ReportTable("discretion_priorities", "Principle priorities", "w* and rank of every principle "
                        + "for every annotator; an empty cell is undefined (reason in w_star_note / ci_note).",
                        List.of("annotator", "principle_id", "principle", "w_star", "w_star_ci_low", "w_star_ci_high",
                                "rank", "rank_ci_low", "rank_ci_high", "fit_status", "w_star_note", "ci_note"),
                        priorities(result, measures), AgreementContent.HTML_ROWS),
                new ReportTable("discretion_items", "Items", "Each item's case, the consensus sign of the relevant "
                        + "principles and every annotator's preference (+1 first, -1 second, 0 none).", itemColumns(
                        result), items(result), AgreementContent.HTML_ROWS));
        return new ReportContent(warnings(result, measures), figures, tables);
    }

    private static ShareChart cases(DiscretionResult result) {
        List<CaseShare> shares = result.caseShares();
        double[][] values = new double[1][shares.size()];
        for (int c = 0; c < shares.size(); c++) {
            values[0][c] = shares.get(c).share();
        }
        return new ShareChart("case-shares", "Items by case", List.of("all items"), shares.stream()
                .map(s -> s.itemCase().name().toLowerCase(Locale.ROOT)).toList(), values,
                new long[] {result.cases().itemCount()});
    }

    private static IntervalChart arbitrariness(DiscretionResult result, List<Measure> measures) {
        List<IntervalChart.Point> points = new ArrayList<>();
        for (AnnotatorResult a : result.annotators()) {
            Measures.find(measures, "da", "annotator", a.name()).ifPresent(m -> points.add(new IntervalChart.Point(
                    a.name(), 0, m.value(), m.ciLow(), m.ciHigh(), m.nUnits(), "n=" + m.nUnits())));
        }
        return new IntervalChart("da-by-annotator", "Discretion arbitrariness (DA) per annotator", "DA", 0, 1,
                List.of("DA"), points);
    }

    private static IntervalChart ranks(DiscretionResult result, List<Measure> measures) {
        List<IntervalChart.Point> points = new ArrayList<>();
        List<AnnotatorResult> annotators = result.annotators();
        for (Principle p : result.principles()) {
            for (int a = 0; a < annotators.size(); a++) {
                Measure m = find(measures, "rank", annotators.get(a).name(), p.id());
                if (m != null) {
                    points.add(new IntervalChart.Point(p.label(), a, m.value(), m.ciLow(), m.ciHigh(), m.nUnits(),
                            ""));
                }
            }
        }
        int k = result.principles().size();
        return new IntervalChart("principle-ranks", "Principle priorities (rank) per annotator",
                "rank (1 = highest priority)", 0.5, Math.max(1.5, k + 0.5),
                annotators.stream().map(AnnotatorResult::name).toList(), points);
    }

    private static HeatMap supremacy(DiscretionResult result, AnnotatorResult a, int index) {
        List<String> labels = result.principles().stream().map(Principle::label).toList();
        List<HeatMap.Cell> cells = new ArrayList<>();
        int k = labels.size();
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c != d) {
                    cells.add(new HeatMap.Cell(c, d, a.supremacy().supremacy(c, d),
                            (long) a.supremacy().conflicts(c, d), null));
                }
            }
        }
        return new HeatMap("ps-" + AgreementCharts.slug(a.name(), index), "Principle supremacy of " + a.name(),
                "principle (winning)", "principle (losing)", "PS", HeatMap.Scale.PROPORTION, labels, labels, cells);
    }

    private static HeatMap discrepancies(DiscretionResult result) {
        List<String> names = result.annotators().stream().map(AnnotatorResult::name).toList();
        List<HeatMap.Cell> cells = new ArrayList<>();
        for (DiscrepancyEstimate d : result.discrepancies()) {
            int a = names.indexOf(d.annotator());
            int b = names.indexOf(d.reference());
            if (a >= 0 && b >= 0) {
                cells.add(new HeatMap.Cell(a, b, d.value(), result.cases().itemCount(), null));
                cells.add(new HeatMap.Cell(b, a, d.value(), result.cases().itemCount(), null));
            }
        }
        return new HeatMap("dd-matrix", "Discretion discrepancy (DD) between annotators", "annotator", "annotator",
                "DD", HeatMap.Scale.PROPORTION, names, names, cells);
    }

    private static List<AnnotatorRow> annotatorRows(DiscretionResult result, List<Measure> measures) {
        List<AnnotatorRow> rows = new ArrayList<>();
        String reference = result.reference();
        for (AnnotatorResult a : result.annotators()) {
            Measure da = Measures.find(measures, "da", "annotator", a.name()).orElse(null);
            Measure dd = measures.stream().filter(m -> m.measure().equals("dd"))
                    .filter(m -> a.name().equals(Measures.qualifier(m, "annotator"))
                            && reference.equals(Measures.qualifier(m, "reference"))
                            || reference.equals(Measures.qualifier(m, "annotator"))
                            && a.name().equals(Measures.qualifier(m, "reference"))).findFirst().orElse(null);
            String note = da == null || da.note() == null ? "" : "DA: " + da.note();
            if (dd != null && dd.note() != null) {
                note = (note.isEmpty() ? "" : note + "; ") + "DD: " + dd.note();
            }
            rows.add(new AnnotatorRow(a.name(), a.annotator().kind().name().toLowerCase(Locale.ROOT),
                    da == null ? Double.NaN : da.value(), da == null ? Double.NaN : da.ciLow(),
                    da == null ? Double.NaN : da.ciHigh(), da == null ? 0 : da.nUnits(),
                    a.fit().status().name().toLowerCase(Locale.ROOT), a.name().equals(reference) ? "" : reference,
                    dd == null ? Double.NaN : dd.value(), dd == null ? Double.NaN : dd.ciLow(),
                    dd == null ? Double.NaN : dd.ciHigh(), note));
        }
        return rows;
    }

    private static List<PriorityRow> priorities(DiscretionResult result, List<Measure> measures) {
        List<PriorityRow> rows = new ArrayList<>();
        for (AnnotatorResult a : result.annotators()) {
            String status = a.fit().status().name().toLowerCase(Locale.ROOT);
            for (Principle p : result.principles()) {
                Measure w = find(measures, "w_star", a.name(), p.id());
                Measure r = find(measures, "rank", a.name(), p.id());
                if (w == null || r == null) {
                    continue;
                }
                rows.add(new PriorityRow(a.name(), p.id(), p.label(), w.value(), w.ciLow(), w.ciHigh(), r.value(),
                        r.ciLow(), r.ciHigh(), status, w.note() == null ? "" : w.note(),
                        Objects.toString(w.qualifiers().get("ci_note"), "")));
            }
        }
        return rows;
    }

    private static List<String> itemColumns(DiscretionResult result) {
        List<String> columns = new ArrayList<>(List.of("row_id", "case", "consensus"));
        result.annotators().forEach(a -> columns.add(a.name()));
        return columns;
    }

    /** Item rows made on the fly from the result's per-item vectors. */
    private static Iterable<ItemRow> items(DiscretionResult result) {
        List<String> ids = result.itemIds();
        return () -> java.util.stream.IntStream.range(0, ids.size()).mapToObj(i -> new ItemRow(ids.get(i),
                result.cases().caseOf(i).name().toLowerCase(Locale.ROOT), result.cases().consensusSign(i),
                result.annotators().stream().map(a -> a.annotator().sign(i)).toList())).iterator();
    }

    private static Measure find(List<Measure> measures, String name, String annotator, int principle) {
        return measures.stream().filter(m -> m.measure().equals(name))
                .filter(m -> annotator.equals(Measures.qualifier(m, "annotator")))
                .filter(m -> String.valueOf(principle).equals(Measures.qualifier(m, "principle_id")))
                .findFirst().orElse(null);
    }

    private static List<String> warnings(DiscretionResult result, List<Measure> measures) {
        List<String> out = new ArrayList<>();
        for (AnnotatorResult a : result.annotators()) {
            if (Double.isNaN(a.arbitrariness().value())) {
                out.add("DA of " + a.name() + " is undefined: " + a.arbitrariness().reason());
            }
            if (!a.fit().reason().isEmpty()) {
                out.add("Priorities of " + a.name() + ": " + a.fit().status().name().toLowerCase(Locale.ROOT) + ", "
                        + a.fit().reason());
            }
        }
        measures.stream().filter(m -> m.measure().equals("da") && Double.isNaN(m.ciLow())
                && !Double.isNaN(m.value())).findFirst().ifPresent(m -> out.add("DA has no interval (bootstrap "
                + "off, or too few defined replicates)."));
        return out;
    }
}
