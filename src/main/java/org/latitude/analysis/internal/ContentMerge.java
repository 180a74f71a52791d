package org.latitude.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latitude.report.ReportContent;
import org.latitude.report.ReportFigure;
import org.latitude.report.ReportTable;
import org.latitude.report.chart.Chart;
import org.latitude.report.chart.ConfusionMatrix;
import org.latitude.report.chart.HeatMap;
import org.latitude.report.chart.IntervalChart;
import org.latitude.report.chart.ShareChart;

/**
 * One report's content from the content of each field: the report module builds the figures and tables of one
 * field at a time (as the headless {@code analyze} needs); a campaign has several fields, so each field's chart ids,
 * chart titles and table files get the field's name in front and the lists are joined.
 */
final class ContentMerge {

    private ContentMerge() {
    }

    /** The short name of a field in file names and element ids, e.g. {@code response_as_unsafe}. */
    static String slug(String field) {
        return field.replace("response_verdict[caution=own]", "response")
                .replace("response_verdict[caution=", "response_as_").replace("]", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    static ReportContent merge(List<String> warnings, List<FieldContent> parts) {
        List<ReportFigure> figures = new ArrayList<>();
        List<ReportTable> tables = new ArrayList<>();
        List<String> allWarnings = new ArrayList<>(warnings);
        for (FieldContent part : parts) {
            String slug = slug(part.field());
            for (ReportFigure f : part.content().figures()) {
                figures.add(new ReportFigure(renamed(f.chart(), slug.replace('_', '-') + "-", part.field() + ": "),
                        f.caption()));
            }
            for (ReportTable t : part.content().tables()) {
                String file = (slug + "_" + t.file());
                tables.add(new ReportTable(file.length() > 64 ? file.substring(0, 64) : file, part.field() + ": "
                        + t.title(), t.description(), t.columns(), t.rows(), t.htmlRows()));
            }
            for (String w : part.content().warnings()) {
                allWarnings.add(part.field() + ": " + w);
            }
        }
        return new ReportContent(allWarnings, figures, tables);
    }

    /** A field's content before merging. */
    record FieldContent(String field, ReportContent content) {
    }

    private static Chart renamed(Chart chart, String idPrefix, String titlePrefix) {
        return switch (chart) {
            case HeatMap h -> new HeatMap(idPrefix + h.id(), titlePrefix + h.title(), h.rowAxis(), h.columnAxis(),
                    h.measure(), h.scale(), h.rows(), h.columns(), h.cells());
            case ConfusionMatrix c -> new ConfusionMatrix(idPrefix + c.id(), titlePrefix + c.title(), c.rowRater(),
                    c.columnRater(), c.labels(), c.counts());
            case IntervalChart i -> new IntervalChart(idPrefix + i.id(), titlePrefix + i.title(), i.valueAxis(),
                    i.low(), i.high(), i.series(), i.points());
            case ShareChart s -> new ShareChart(idPrefix + s.id(), titlePrefix + s.title(), s.groups(), s.parts(),
                    s.shares(), s.n());
        };
    }
}
