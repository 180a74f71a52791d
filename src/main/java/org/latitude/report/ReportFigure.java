package org.latitude.report;

import org.latitude.report.chart.Chart;

/**
 * One figure of a report: the chart's typed input and a caption saying what it shows and how to read it.
 */
public record ReportFigure(Chart chart, String caption) {

    public ReportFigure {
        java.util.Objects.requireNonNull(chart, "chart");
        caption = caption == null ? "" : caption;
    }
}
