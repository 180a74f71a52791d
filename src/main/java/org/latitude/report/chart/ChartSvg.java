package org.latitude.report.chart;

import java.awt.Font;
import java.util.Locale;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link Chart} as an SVG element string for inline use in HTML (the report, the analysis page). The output
 * is deterministic: the same input gives byte-identical SVG on the same machine (fixed sizes computed from the
 * input, one logical font, coordinates rounded to two decimals, element ids derived from the chart's id, no
 * timestamps). Font metrics come from the JVM's fonts, so another machine's fonts may move a label by a pixel.
 *
 * <p>All text goes through JFreeSVG's XML escaping (text nodes, {@code <title>}, attribute values); names are hostile
 * user text. Matrices are drawn cell by cell on the SVG surface, each cell a {@code <g class="cell">} with
 * {@code data-row}, {@code data-column}, {@code data-value}, {@code data-n} and optionally {@code data-drill}
 * attributes so a page can drill down; interval and share charts are drawn by JFreeChart.
 */
public final class ChartSvg {

    static {
        // JFreeChart needs no display; the web app (Spring Boot) and the CLI set this too, tests may not
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The one font family of every chart (a Java logical font, mapped to CSS {@code sans-serif}). */
    static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 14);
    static final Font LABEL = new Font(FAMILY, Font.PLAIN, 11);
    static final Font SMALL = new Font(FAMILY, Font.PLAIN, 10);

    private ChartSvg() {
    }

    /** The chart as an {@code <svg>} element (no XML prolog), with a {@code <title>} naming it. */
    public static String render(Chart chart) {
        return switch (chart) {
            case HeatMap h -> MatrixPainter.heatMap(h);
            case ConfusionMatrix c -> MatrixPainter.confusion(c);
            case IntervalChart i -> JFreeCharts.interval(i);
            case ShareChart s -> JFreeCharts.shares(s);
        };
    }

    static SVGGraphics2D surface(String id, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(ChartSvg::decimal);
        g.setTransformDoubleConverter(v -> fixed(v, 10_000));
        g.setFontFunction(family -> "sans-serif");
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFont(LABEL);
        return g;
    }

    static String finish(SVGGraphics2D g, String id, String title, int width, int height) {
        String svg = g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
        int open = svg.indexOf('>') + 1;
        return svg.substring(0, open) + "<title>" + escape(title) + "</title>" + svg.substring(open);
    }

    /** Two decimals at most, no exponent, no negative zero: short and stable coordinates. */
    static String decimal(double v) {
        return fixed(v, 100);
    }

    /** {@code v} rounded to {@code 1/scale} (a power of ten), trailing zeros dropped. */
    static String fixed(double v, long scale) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long units = Math.round(v * scale);
        if (units == 0) {
            return "0";
        }
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(units).movePointLeft(Long.toString(scale).length() - 1);
        return d.stripTrailingZeros().toPlainString();
    }

    /** A figure's value as printed on a chart: two decimals, or "undefined" for NaN. */
    static String value(double v) {
        return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * Escapes text for XML and HTML element content and attribute values (quoted with either quote); control
     * characters other than tab, CR and LF become spaces, as XML 1.0 cannot hold them. The one escaping of the
     * report's SVG and HTML.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Control characters become spaces: XML 1.0 cannot hold them even escaped. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}&&[^\t]]|[\\uFFFE\\uFFFF]", " ");
    }

    /** Shortens a label for an axis; the full text stays in the cell's attributes and title. */
    static String shorten(String label, int max) {
        String clean = clean(label);
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 2)) ? max - 2 : max - 1;
        return clean.substring(0, end) + "…";
    }
}
