package org.latitude.report.chart;

import java.util.List;

/** Charts of every kind over hostile names, shared by the chart tests (and written to target/charts for a look). */
public final class ChartSamples {

    public static final String HOSTILE = "<script>window.pwned=1</script>\"'&<img src=x onerror=alert(1)>";

    private ChartSamples() {
    }

    public static HeatMap kappa() {
        List<String> raters = List.of("ann", HOSTILE, "bo");
        List<String> columns = List.of("ann", HOSTILE, "bo", "model gpt-x");
        return new HeatMap("kappa-map", "Cohen's κ per pair of raters", "annotator", "annotator or model",
                "Cohen's κ", HeatMap.Scale.SIGNED, raters, columns, List.of(
                new HeatMap.Cell(0, 1, 0.62, 40, "#pair-ann-" + HOSTILE),
                new HeatMap.Cell(1, 0, 0.62, 40, null),
                new HeatMap.Cell(0, 2, Double.NaN, 12, "#pair-ann-bo"),
                new HeatMap.Cell(2, 0, Double.NaN, 12, null),
                new HeatMap.Cell(0, 3, -0.35, 80, null),
                new HeatMap.Cell(1, 3, 1.0, 80, null),
                new HeatMap.Cell(2, 3, 0.0, 33, null)));
    }

    public static IntervalChart alphaByCategory() {
        return new IntervalChart("alpha-by-category", "Krippendorff's α per category", "Krippendorff's α", -1, 1,
                List.of("α"), List.of(
                new IntervalChart.Point("Violence", 0, 0.71, 0.55, 0.83, 120, "prevalence 12 %"),
                new IntervalChart.Point(HOSTILE, 0, 0.2, Double.NaN, Double.NaN, 30, "prevalence 3 %"),
                new IntervalChart.Point("Never flagged", 0, Double.NaN, Double.NaN, Double.NaN, 120,
                        "prevalence 0 %")));
    }

    public static IntervalChart flagRates() {
        return new IntervalChart("flag-rates", "Over- and under-flagging per category", "rate", 0, 1,
                List.of("over-flag", "under-flag " + HOSTILE), List.of(
                new IntervalChart.Point("Violence", 0, 0.10, 0.05, 0.16, 120, ""),
                new IntervalChart.Point("Violence", 1, 0.22, 0.15, 0.30, 120, ""),
                new IntervalChart.Point(HOSTILE, 0, Double.NaN, Double.NaN, Double.NaN, 0, ""),
                new IntervalChart.Point(HOSTILE, 1, 0.5, 0.3, 0.7, 10, "")));
    }

    public static ConfusionMatrix confusion() {
        return new ConfusionMatrix("confusion-model", "Human consensus vs model", "human consensus",
                "model " + HOSTILE, List.of("safe", "needs_caution", HOSTILE),
                new long[][] {{50, 5, 1}, {4, 20, 3}, {0, 0, 0}});
    }

    public static ShareChart shares() {
        return new ShareChart("discretion-shares", "Discretion case shares", List.of("ann", HOSTILE, "empty"),
                List.of("agree", "disagree", "one-sided " + HOSTILE, "tied"),
                new double[][] {{0.5, 0.2, 0.2, 0.1}, {0.25, 0.25, 0.25, 0.25}, {Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN}}, new long[] {40, 8, 0});
    }

    public static List<Chart> all() {
        return List.of(kappa(), alphaByCategory(), flagRates(), confusion(), shares());
    }
}
