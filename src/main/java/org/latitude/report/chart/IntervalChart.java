package org.latitude.report.chart;

import java.util.List;

/**
 * Point estimates with their confidence intervals, one row per category (or principle), optionally several series
 * per row: per-category α with CI whiskers and prevalence, over/under-flag rates per category, principle priorities
 * per annotator. An undefined value ({@code NaN}) is written "undefined" on its row; an undefined interval draws the
 * point without whiskers.
 *
 * @param valueAxis the value axis label (e.g. "Krippendorff's α")
 * @param low       the value axis' lower end
 * @param high      the value axis' upper end
 */
public record IntervalChart(String id, String title, String valueAxis, double low, double high,
                            List<String> series, List<Point> points) implements Chart {

    /**
     * One estimate.
     *
     * @param row    the row label (category, principle)
     * @param series index into {@code series}
     * @param detail shown after the row label, e.g. "n=40 · prevalence 12 %"; may be empty
     */
    public record Point(String row, int series, double value, double ciLow, double ciHigh, long n, String detail) {
        public Point {
            detail = detail == null ? "" : detail;
        }
    }

    public IntervalChart {
        Chart.checkId(id);
        Chart.checkTitle(title);
        if (!(low < high)) {
            throw new IllegalArgumentException(id + ": axis " + low + " … " + high + " is empty");
        }
        series = List.copyOf(series);
        points = List.copyOf(points);
        if (series.isEmpty()) {
            throw new IllegalArgumentException(id + ": at least one series");
        }
        for (Point p : points) {
            if (p.series() < 0 || p.series() >= series.size()) {
                throw new IllegalArgumentException(id + ": series " + p.series() + " of " + p.row() + " unknown");
            }
        }
    }

    /** The row labels in first-seen order. */
    List<String> rows() {
        return points.stream().map(Point::row).distinct().toList();
    }
}
