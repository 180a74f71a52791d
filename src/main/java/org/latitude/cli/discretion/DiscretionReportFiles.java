package org.latitude.cli.discretion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latitude.discretion.Annotator;
import org.latitude.discretion.AnnotatorResult;
import org.latitude.discretion.DiscretionResult;
import org.latitude.discretion.Principle;
import org.latitude.report.DiscretionContent;
import org.latitude.report.Measure;
import org.latitude.report.Provenance;
import org.latitude.report.ReportBundle;
import org.latitude.report.ReportDocument;
import org.latitude.report.ReportFolder;

/**
 * Writes the files of the {@code discretion} command into a folder, all or nothing ({@link ReportFolder}):
 * {@code report.json} in the shared layout ({@link ReportDocument}: provenance, coders, every measure, and a
 * {@code discretion} section with the reference, the items, the principles and each annotator's outcome counts),
 * {@code measures.csv} (the same measures, one a row), {@code report.html} (the same, readable in a browser),
 * {@code discretion_priorities.csv} (w* and rank per principle
 * and annotator) and {@code discretion_items.csv} (each item's case, consensus sign and every annotator's preference).
 */
public final class DiscretionReportFiles {

    static final String TITLE = "Alignment discretion report";

    private DiscretionReportFiles() {
    }

    /** Writes the report's files into {@code folder}, and as a ZIP into {@code zip} when it is not null. */
    public static void write(java.nio.file.Path folder, java.nio.file.Path zip, DiscretionResult result,
                             Provenance provenance) {
        ReportDocument report = report(result, provenance);
        try (ReportFolder out = ReportFolder.create(folder)) {
            report.writeTo(out, TITLE);
            if (zip != null) {
                org.latitude.cli.ZipFile.write(zip, new ReportBundle(report, TITLE));
            }
            out.commit();
        }
    }

    static ReportDocument report(DiscretionResult result, Provenance provenance) {
        ReportDocument report = new ReportDocument(provenance);
        for (AnnotatorResult a : result.annotators()) {
            Map<String, Object> outcomes = new LinkedHashMap<>();
            a.annotator().tally().forEach((k, v) -> outcomes.put(k.name().toLowerCase(Locale.ROOT), v));
            report.coder(a.name(), kind(a.annotator()), Map.of("outcomes", outcomes));
        }
        List<Measure> measures = DiscretionMeasures.all(result);
        report.measures(measures);
        report.content(DiscretionContent.of(result, measures));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("reference", result.reference());
        section.put("items", result.cases().itemCount());
        section.put("principles", result.principles().stream().map(DiscretionReportFiles::principle).toList());
        return report.section("discretion", section);
    }

    private static ReportDocument.Kind kind(Annotator a) {
        return switch (a.kind()) {
            case HUMAN -> ReportDocument.Kind.HUMAN;
            case POOLED -> ReportDocument.Kind.POOLED_HUMANS;
            case MODEL -> ReportDocument.Kind.MODEL;
            case DATASET_LABEL -> ReportDocument.Kind.DATASET_LABEL;
        };
    }

    private static Map<String, Object> principle(Principle p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("label", p.label());
        out.put("text", p.text());
        return out;
    }
}
