package org.latitude.report.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws matrices (heat maps, confusion matrices) cell by cell: each cell is a group carrying its row, column, value
 * and n as data attributes, a tooltip title, the value and n as text, and a fill from {@link Palette}.
 */
final class MatrixPainter {

    private static final int LABEL_CHARS = 28;
    private static final int MARGIN = 12;
    private static final int TITLE_HEIGHT = 28;
    private static final int LEGEND_HEIGHT = 44;

    /** One cell ready to draw. */
    private record Box(int row, int column, Color fill, String line1, String line2, String tooltip,
                       Map<String, String> data) {
    }

    private MatrixPainter() {
    }

    static String heatMap(HeatMap h) {
        List<Box> boxes = new ArrayList<>();
        for (HeatMap.Cell c : h.cells()) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("data-row", ChartSvg.clean(h.rows().get(c.row())));
            data.put("data-column", ChartSvg.clean(h.columns().get(c.column())));
            data.put("data-value", ChartSvg.value(c.value()));
            data.put("data-n", Long.toString(c.n()));
            if (c.drillDown() != null) {
                data.put("data-drill", ChartSvg.clean(c.drillDown()));
            }
            String tooltip = h.rows().get(c.row()) + " × " + h.columns().get(c.column()) + ": " + h.measure() + " "
                    + ChartSvg.value(c.value()) + " (n=" + c.n() + ")";
            boxes.add(new Box(c.row(), c.column(), Palette.fill(h.scale(), c.value()), ChartSvg.value(c.value()),
                    "n=" + c.n(), tooltip, data));
        }
        String legend = h.measure() + ": " + (h.scale() == HeatMap.Scale.SIGNED ? "−1 … 0 … 1" : "0 … 1")
                + "; grey = undefined, empty = no units in common.\nRows: " + h.rowAxis() + "; columns: "
                + h.columnAxis() + ".";
        return draw(h.id(), h.title(), h.rows(), h.columns(), boxes, h.scale(), legend);
    }

    static String confusion(ConfusionMatrix m) {
        List<Box> boxes = new ArrayList<>();
        int k = m.labels().size();
        for (int r = 0; r < k; r++) {
            long rowTotal = 0;
            for (int c = 0; c < k; c++) {
                rowTotal += m.count(r, c);
            }
            for (int c = 0; c < k; c++) {
                long count = m.count(r, c);
                double share = rowTotal == 0 ? Double.NaN : (double) count / rowTotal;
                Map<String, String> data = new LinkedHashMap<>();
                data.put("data-row", ChartSvg.clean(m.labels().get(r)));
                data.put("data-column", ChartSvg.clean(m.labels().get(c)));
                data.put("data-value", Long.toString(count));
                data.put("data-n", Long.toString(rowTotal));
                String pct = rowTotal == 0 ? "no units" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
                String tooltip = m.rowRater() + " " + m.labels().get(r) + ", " + m.columnRater() + " "
                        + m.labels().get(c) + ": " + count + " of " + rowTotal;
                boxes.add(new Box(r, c, rowTotal == 0 ? Palette.UNDEFINED : Palette.fill(HeatMap.Scale.PROPORTION,
                        share), Long.toString(count), pct, tooltip, data));
            }
        }
        String legend = "Each cell: count and share of its row.\nRows: " + m.rowRater() + "; columns: "
                + m.columnRater() + ".";
        return draw(m.id(), m.title(), m.labels(), m.labels(), boxes, HeatMap.Scale.PROPORTION, legend);
    }

    private static String draw(String id, String title, List<String> rows, List<String> columns, List<Box> boxes,
                               HeatMap.Scale scale, String legend) {
        SVGGraphics2D probe = ChartSvg.surface(id, 10, 10);
        FontMetrics fm = probe.getFontMetrics(ChartSvg.LABEL);
        int rowLabels = widest(fm, rows);
        int columnLabels = widest(fm, columns);
        int cellWidth = Math.max(48, Math.min(72, fm.stringWidth("undefined") + 10));
        int cellHeight = 34;
        int left = MARGIN + rowLabels + 8;
        int top = TITLE_HEIGHT + (int) Math.ceil(columnLabels * Math.sin(Math.PI / 4)) + 16;
        // the last column's label, rotated by 45°, reaches right of the matrix
        int width = Math.max(left + columns.size() * cellWidth + (int) Math.ceil(columnLabels * Math.cos(Math.PI / 4))
                + MARGIN, 420);
        int height = top + Math.max(1, rows.size()) * cellHeight + LEGEND_HEIGHT + 14;

        SVGGraphics2D g = ChartSvg.surface(id, width, height);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setColor(Color.BLACK);
        g.setFont(ChartSvg.TITLE);
        g.drawString(ChartSvg.shorten(title, 90), MARGIN, 18);
        g.setFont(ChartSvg.LABEL);
        for (int r = 0; r < rows.size(); r++) {
            String label = ChartSvg.shorten(rows.get(r), LABEL_CHARS);
            g.drawString(label, left - 8 - fm.stringWidth(label), top + r * cellHeight + cellHeight / 2 + 4);
        }
        for (int c = 0; c < columns.size(); c++) {
            AffineTransform saved = g.getTransform();
            g.translate(left + c * cellWidth + cellWidth / 2.0, top - 6);
            g.rotate(-Math.PI / 4);
            g.drawString(ChartSvg.shorten(columns.get(c), LABEL_CHARS), 0, 0);
            g.setTransform(saved);
        }
        if (rows.isEmpty() || columns.isEmpty()) {
            g.drawString("no data", left, top + cellHeight / 2 + 4);
        }
        for (int i = 0; i < boxes.size(); i++) {
            cell(g, id + "-cell-" + i, boxes.get(i), left, top, cellWidth, cellHeight);
        }
        legend(g, scale, legend, MARGIN, top + Math.max(1, rows.size()) * cellHeight + 14, width);
        return ChartSvg.finish(g, id, title, width, height);
    }

    private static void cell(SVGGraphics2D g, String cellId, Box b, int left, int top, int w, int h) {
        Map<String, String> group = new LinkedHashMap<>();
        group.put("id", cellId);
        group.put("class", "cell");
        group.putAll(b.data());
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, group);
        double x = left + b.column() * (double) w;
        double y = top + b.row() * (double) h;
        g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, ChartSvg.clean(b.tooltip()));
        g.setColor(b.fill());
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(Color.WHITE);
        g.draw(new Rectangle2D.Double(x, y, w, h));
        g.setColor(Palette.textOn(b.fill()));
        FontMetrics fm = g.getFontMetrics(ChartSvg.SMALL);
        g.setFont(ChartSvg.SMALL);
        g.drawString(b.line1(), (float) (x + (w - fm.stringWidth(b.line1())) / 2.0), (float) (y + h / 2.0 - 2));
        g.drawString(b.line2(), (float) (x + (w - fm.stringWidth(b.line2())) / 2.0), (float) (y + h / 2.0 + 10));
        g.setFont(ChartSvg.LABEL);
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
    }

    private static void legend(SVGGraphics2D g, HeatMap.Scale scale, String text, int x, int y, int width) {
        int steps = 10;
        for (int i = 0; i <= steps; i++) {
            double v = scale.low + (scale.high - scale.low) * i / steps;
            g.setColor(Palette.fill(scale, v));
            g.fill(new Rectangle2D.Double(x + i * 12, y, 12, 10));
        }
        g.setColor(Palette.UNDEFINED);
        g.fill(new Rectangle2D.Double(x + (steps + 2) * 12, y, 12, 10));
        g.setColor(Color.DARK_GRAY);
        g.setFont(ChartSvg.SMALL);
        int chars = Math.max(40, (width - x - 16) / 6);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            g.drawString(ChartSvg.shorten(lines[i], chars), x, y + 24 + 14 * i);
        }
        g.setFont(ChartSvg.LABEL);
    }

    private static int widest(FontMetrics fm, List<String> labels) {
        int max = 0;
        for (String l : labels) {
            max = Math.max(max, fm.stringWidth(ChartSvg.shorten(l, LABEL_CHARS)));
        }
        return max;
    }
}
