package org.latitude.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** The charts JFreeChart draws: estimates with interval whiskers, stacked shares. */
final class JFreeCharts {

    private static final int WIDTH = 760;
    private static final int ROW_HEIGHT = 24;
    private static final int LABEL_CHARS = 40;

    private JFreeCharts() {
    }

    static String interval(IntervalChart c) {
        List<String> rows = c.rows();
        int seriesCount = c.series().size();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeries[] series = new YIntervalSeries[seriesCount];
        for (int s = 0; s < seriesCount; s++) {
            // the key is the legend text: distinct keys even when two series share a (hostile) name
            series[s] = new YIntervalSeries((s + 1) + ". " + ChartSvg.shorten(c.series().get(s), LABEL_CHARS),
                    false, true);
            data.addSeries(series[s]);
        }
        XYPlot plot = new XYPlot();
        String[] labels = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            labels[r] = ChartSvg.shorten(rows.get(r), LABEL_CHARS);
        }
        for (IntervalChart.Point p : c.points()) {
            int r = rows.indexOf(p.row());
            double x = r + offset(p.series(), seriesCount);
            if (!p.detail().isEmpty()) {
                labels[r] = ChartSvg.shorten(rows.get(r), LABEL_CHARS) + " · " + ChartSvg.shorten(p.detail(), 40);
            }
            if (Double.isNaN(p.value())) {
                XYTextAnnotation undefined = new XYTextAnnotation("undefined (n=" + p.n() + ")", x, c.low());
                undefined.setFont(ChartSvg.SMALL);
                undefined.setTextAnchor(TextAnchor.CENTER_LEFT);
                undefined.setPaint(Color.DARK_GRAY);
                plot.addAnnotation(undefined);
                continue;
            }
            boolean whiskers = Double.isFinite(p.ciLow()) && Double.isFinite(p.ciHigh());
            series[p.series()].add(x, clamp(c, p.value()), whiskers ? clamp(c, p.ciLow()) : clamp(c, p.value()),
                    whiskers ? clamp(c, p.ciHigh()) : clamp(c, p.value()));
        }
        SymbolAxis rowAxis = new SymbolAxis(null, labels);
        rowAxis.setGridBandsVisible(false);
        rowAxis.setInverted(true);
        rowAxis.setRange(-0.5, Math.max(0.5, rows.size() - 0.5));
        NumberAxis valueAxis = new NumberAxis(ChartSvg.clean(c.valueAxis()));
        valueAxis.setRange(c.low(), c.high());
        valueAxis.setNumberFormatOverride(decimals("0.0#"));
        XYErrorRenderer renderer = new XYErrorRenderer();
        // else the theme replaces the series colours and shapes with its own
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setCapLength(6);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        for (int s = 0; s < seriesCount; s++) {
            renderer.setSeriesPaint(s, Palette.series(s));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        plot.setDataset(data);
        plot.setDomainAxis(rowAxis);
        plot.setRangeAxis(valueAxis);
        plot.setRenderer(renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (c.low() < 0 && c.high() > 0) {
            plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        }
        if (rows.isEmpty()) {
            plot.setNoDataMessage("no data");
        }
        int height = 110 + Math.max(1, rows.size()) * ROW_HEIGHT * Math.max(1, (seriesCount + 1) / 2)
                + (seriesCount > 1 ? 24 : 0);
        return draw(c.id(), c.title(), new JFreeChart(ChartSvg.clean(c.title()), ChartSvg.TITLE, plot,
                seriesCount > 1), height);
    }

    static String shares(ShareChart s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int g = 0; g < s.groups().size(); g++) {
            String group = (g + 1) + ". " + ChartSvg.shorten(s.groups().get(g), LABEL_CHARS)
                    + (s.units(g) == 0 ? " (no units)" : " (n=" + s.units(g) + ")");
            for (int p = 0; p < s.parts().size(); p++) {
                double share = s.share(g, p);
                data.addValue(s.units(g) == 0 || Double.isNaN(share) ? 0 : share,
                        (p + 1) + ". " + ChartSvg.shorten(s.parts().get(p), LABEL_CHARS), group);
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartSvg.SMALL);
        for (int p = 0; p < s.parts().size(); p++) {
            renderer.setSeriesPaint(p, Palette.series(p));
        }
        NumberAxis valueAxis = new NumberAxis("share of units");
        valueAxis.setRange(0, 1);
        valueAxis.setNumberFormatOverride(percent());
        CategoryAxis groupAxis = new CategoryAxis(null);
        groupAxis.setMaximumCategoryLabelWidthRatio(0.35f);
        CategoryPlot plot = new CategoryPlot(data, groupAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        if (s.groups().isEmpty()) {
            plot.setNoDataMessage("no data");
        }
        int height = 130 + Math.max(1, s.groups().size()) * 30;
        return draw(s.id(), s.title(), new JFreeChart(ChartSvg.clean(s.title()), ChartSvg.TITLE, plot, true),
                height);
    }

    private static String draw(String id, String title, JFreeChart chart, int height) {
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(true);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        SVGGraphics2D g = ChartSvg.surface(id, WIDTH, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        return ChartSvg.finish(g, id, title, WIDTH, height);
    }

    /** Spreads the series of a row around its centre. */
    private static double offset(int series, int count) {
        return count == 1 ? 0 : (series - (count - 1) / 2.0) * (0.7 / count);
    }

    private static double clamp(IntervalChart c, double v) {
        return Math.clamp(v, c.low(), c.high());
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("latitude", false);
        theme.setExtraLargeFont(ChartSvg.TITLE);
        theme.setLargeFont(ChartSvg.LABEL.deriveFont(12f));
        theme.setRegularFont(ChartSvg.LABEL);
        theme.setSmallFont(ChartSvg.SMALL);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
        theme.setRangeGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
        return theme;
    }

    private static NumberFormat decimals(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static NumberFormat percent() {
        return new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
