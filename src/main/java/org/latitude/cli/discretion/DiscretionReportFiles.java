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
import org.latitude.report.Csv;
import org.latitude.report.Measure;
import org.latitude.report.Provenance;
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

    private DiscretionReportFiles() {
    }

    public static void write(java.nio.file.Path folder, DiscretionResult result, Provenance provenance) {
        ReportDocument report = report(result, provenance);
        try (ReportFolder out = ReportFolder.create(folder)) {
            report.writeTo(out, "Alignment discretion report");
            out.write("discretion_priorities.csv", priorities(result));
            out.write("discretion_items.csv", items(result));
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
        report.measures(DiscretionMeasures.all(result));
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

    /**
     * w* and rank per annotator and principle. A cell is empty exactly where report.json has null (±inf weights
     * included), and the reason is in {@code w_star_note} / {@code ci_note}, as in measures.csv.
     */
    private static String priorities(DiscretionResult result) {
        StringBuilder out = new StringBuilder(Csv.line(List.of("annotator", "principle_id", "principle", "w_star",
                "w_star_ci_low", "w_star_ci_high", "rank", "rank_ci_low", "rank_ci_high", "fit_status",
                "w_star_note", "ci_note")));
        for (AnnotatorResult a : result.annotators()) {
            List<Measure> figures = DiscretionMeasures.weights(a, result.principles());
            int k = result.principles().size();
            for (int c = 0; c < k; c++) {
                Measure w = figures.get(c);
                Measure r = figures.get(k + c);
                Principle p = result.principles().get(c);
                Object ciNote = w.qualifiers().getOrDefault("ci_note", "");
                out.append(Csv.line(List.of(a.name(), p.id(), p.label(), w.value(), w.ciLow(), w.ciHigh(), r.value(),
                        r.ciLow(), r.ciHigh(), a.fit().status().name().toLowerCase(Locale.ROOT),
                        w.note() == null ? "" : w.note(), ciNote)));
            }
        }
        return out.toString();
    }

    private static String items(DiscretionResult result) {
        List<Object> header = new ArrayList<>(List.of("row_id", "case", "consensus"));
        result.annotators().forEach(a -> header.add(a.name()));
        StringBuilder out = new StringBuilder(Csv.line(header));
        List<String> ids = result.itemIds();
        for (int i = 0; i < ids.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(ids.get(i),
                    result.cases().caseOf(i).name().toLowerCase(Locale.ROOT), result.cases().consensusSign(i)));
            for (AnnotatorResult a : result.annotators()) {
                row.add(a.annotator().sign(i));
            }
            out.append(Csv.line(row));
        }
        return out.toString();
    }
}
