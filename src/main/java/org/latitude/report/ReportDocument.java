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

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public Map<String, Object> toJsonObject() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", SCHEMA);
        out.put("provenance", provenance.toJsonObject());
        out.put("coders", coders);
        out.put("measures", measures);
        out.putAll(sections);
        return out;
    }

    /** Writes {@code report.json}, {@code measures.csv} and {@code report.html} into the folder (not yet committed). */
    public void writeTo(ReportFolder folder, String title) {
        folder.write("report.json", Json.toJson(toJsonObject()) + "\n");
        folder.write("measures.csv", MeasuresCsv.render(measures));
        folder.write("report.html", ReportHtml.render(this, title));
    }
}
