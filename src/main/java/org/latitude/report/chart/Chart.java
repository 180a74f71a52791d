package org.latitude.report.chart;

import java.util.regex.Pattern;

/**
 * A report figure's typed input: what {@link ChartSvg#render} draws. Each kind is a record holding the numbers and
 * names as computed (an undefined figure is {@code NaN}, drawn as "undefined", never as 0); names are user text and
 * are escaped by the renderer.
 */
public sealed interface Chart permits HeatMap, ConfusionMatrix, IntervalChart, ShareChart {

    /** Ids become SVG element ids and id prefixes (unique within an HTML page holding several charts). */
    Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** Lower-case letters, digits and dashes, starting with a letter; unique among a report's figures. */
    String id();

    String title();

    static String checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id must match " + ID.pattern() + ": " + id);
        }
        return id;
    }

    static String checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a chart needs a title");
        }
        return title;
    }
}
