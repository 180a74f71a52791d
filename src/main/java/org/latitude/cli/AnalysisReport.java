package org.latitude.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latitude.agreement.DawidSkeneResult;
import org.latitude.agreement.FieldAgreement;
import org.latitude.agreement.Figure;
import org.latitude.agreement.PairwiseAgreement;
import org.latitude.report.AgreementContent;
import org.latitude.report.Measure;
import org.latitude.report.Provenance;
import org.latitude.report.ReportBundle;
import org.latitude.report.ReportDocument;
import org.latitude.report.ReportFolder;

/**
 * Writes the result of {@code analyze}: {@code report.json} in the shared layout ({@link ReportDocument}: provenance,
 * coders, every measure, and an {@code agreement} section with the field, level, values, the pairwise κ matrix and
 * the Dawid–Skene fit) and {@code measures.csv} (one row per measure). Output is deterministic: the same
 * input and options give byte-identical files.
 */
final class AnalysisReport {

    private AnalysisReport() {
    }

    /** The report module's row for an engine figure (same fields, one to one). */
    static Measure toMeasure(Figure f) {
        return new Measure(f.field(), f.measure(), f.value(), f.ciLow(), f.ciHigh(), f.nUnits(), f.note(),
                f.qualifiers());
    }

    static List<Measure> measures(FieldAgreement result) {
        return result.allFigures().stream().map(AnalysisReport::toMeasure).toList();
    }

    /**
     * Writes the report's files (report.json, measures.csv, report.html, README.txt and the tables) into {@code out},
     * all or nothing ({@link ReportFolder}), and the same files as a ZIP into {@code zip} when it is not null.
     */
    static void write(Path out, Path zip, FieldAgreement result, Provenance provenance, RatingFiles.Loaded loaded) {
        ReportDocument report = document(result, provenance, loaded);
        String title = title(result);
        try (ReportFolder folder = ReportFolder.create(out)) {
            report.writeTo(folder, title);
            if (zip != null) {
                ZipFile.write(zip, new ReportBundle(report, title));
            }
            folder.commit();
        }
    }

    static String title(FieldAgreement result) {
        return "Agreement report: " + result.field();
    }

    static ReportDocument document(FieldAgreement result, Provenance provenance, RatingFiles.Loaded loaded) {
        ReportDocument report = new ReportDocument(provenance);
        loaded.coderRatings().forEach((coder, ratings) -> report.coder(coder, loaded.models().contains(coder)
                ? ReportDocument.Kind.MODEL : ReportDocument.Kind.HUMAN, Map.of("ratings", ratings)));
        List<Measure> measures = measures(result);
        report.measures(measures);
        report.content(AgreementContent.of(result, loaded.table(), loaded.models(), measures, null));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("field", result.field());
        section.put("level", result.domain().level().name().toLowerCase(java.util.Locale.ROOT));
        section.put("values", result.domain().labels());
        if (result.pairwise() != null) {
            section.put("pairwise_kappa", pairwise(result.pairwise()));
        }
        if (result.dawidSkene() != null) {
            section.put("dawid_skene", dawidSkene(result.dawidSkene(), result.domain().labels()));
        }
        return report.section("agreement", section);
    }

    private static Map<String, Object> pairwise(PairwiseAgreement p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("coders", p.coders());
        List<Object> kappa = new ArrayList<>();
        for (double[] row : p.kappaMatrix()) {
            kappa.add(row);
        }
        List<Object> shared = new ArrayList<>();
        for (int[] row : p.sharedUnitsMatrix()) {
            shared.add(row);
        }
        out.put("kappa", kappa);
        out.put("shared_units", shared);
        return out;
    }

    private static Map<String, Object> dawidSkene(DawidSkeneResult ds, List<String> labels) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iterations", ds.iterations());
        out.put("converged", ds.converged());
        out.put("final_change", ds.finalChange());
        out.put("criterion", "|change of the log-likelihood| < " + ds.tolerance() + " (docs/methods.md)");
        out.put("log_likelihood", ds.logLikelihood());
        out.put("classes", labels);
        out.put("prior", ds.prior());
        Map<String, Object> confusion = new LinkedHashMap<>();
        for (int j = 0; j < ds.coders().size(); j++) {
            List<Object> rows = new ArrayList<>();
            for (double[] row : ds.confusion(j)) {
                rows.add(row);
            }
            confusion.put(ds.coders().get(j), rows);
        }
        out.put("confusion_truth_by_said", confusion);
        return out;
    }
}
