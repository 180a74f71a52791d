package org.latitude.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one {@code report.json} layout, shared by the headless {@code analyze} and {@code discretion} and by the web
 * report: {@code schema}, {@code provenance}, {@code coders} (always a list of {@code {name, kind, …}}, humans and
 * models told apart by {@code kind}), {@code measures} (every figure, one shape) and one section named after the
 * analysis ({@code agreement} or {@code discretion}) with what is not a measure. Documented by the JSON Schema
 * {@code report.schema.json} beside this class (also in {@code docs/}); tests validate both commands against it.
 */
public final class ReportDocument {

    /** Identifies the layout; bumped when a key changes meaning or goes away. */
    public static final String SCHEMA = "latitude-report/1";
    /** Where the schema ships inside the jar. */
    public static final String SCHEMA_RESOURCE = "/org/latitude/report/report.schema.json";

    /** A coder's kind in {@code coders}. */
    public enum Kind { HUMAN, MODEL, DATASET_LABEL, POOLED_HUMANS }

    private final Provenance provenance;
    private final List<Object> coders = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final Map<String, Object> sections = new LinkedHashMap<>();
    private ReportContent content = ReportContent.EMPTY;

    public ReportDocument(Provenance provenance) {
        this.provenance = provenance;
    }

    /** Adds a coder; {@code details} (e.g. its number of ratings) follow name and kind. */
    public ReportDocument coder(String name, Kind kind, Map<String, Object> details) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        c.putAll(details);
        coders.add(c);
        return this;
    }

    public ReportDocument measures(List<Measure> rows) {
        measures.addAll(rows);
        return this;
    }

    /** The analysis-specific section ({@code agreement}, {@code discretion}). */
    public ReportDocument section(String name, Map<String, Object> content) {
        sections.put(name, content);
        return this;
    }

    /** The figures, tables and warnings shown besides the measures. */
    public ReportDocument content(ReportContent reportContent) {
        this.content = java.util.Objects.requireNonNull(reportContent);
        return this;
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public ReportContent content() {
        return content;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** The title report.html and the bundle's README use: the analysis and what it is about. */
    String sectionName() {
        return sections.isEmpty() ? "report" : sections.keySet().iterator().next();
    }

    public Map<String, Object> toJsonObject() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", SCHEMA);
        out.put("provenance", provenance.toJsonObject());
        out.put("coders", coders);
        out.put("measures", measures);
        out.putAll(sections);
        if (!content.warnings().isEmpty()) {
            out.put("warnings", content.warnings());
        }
        if (!content.figures().isEmpty()) {
            out.put("figures", content.figures().stream().map(ReportDocument::figure).toList());
        }
        if (!content.tables().isEmpty()) {
            out.put("tables", content.tables().stream().map(ReportDocument::table).toList());
        }
        return out;
    }

    private static Map<String, Object> figure(ReportFigure f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", f.chart().id());
        out.put("kind", f.chart().getClass().getSimpleName());
        out.put("title", f.chart().title());
        out.put("caption", f.caption());
        return out;
    }

    private static Map<String, Object> table(ReportTable t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", t.fileName());
        out.put("title", t.title());
        out.put("description", t.description());
        out.put("columns", t.columns());
        return out;
    }

    /**
     * Writes the bundle's files ({@link ReportBundle}: README.txt, report.html, report.json, measures.csv and the
     * content's tables) into the folder (not yet committed).
     */
    public void writeTo(ReportFolder folder, String title) {
        new ReportBundle(this, title).writeTo(folder);
    }
}
