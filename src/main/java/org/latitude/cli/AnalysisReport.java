package org.latitude.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latitude.agreement.DawidSkeneResult;
import org.latitude.agreement.FieldAgreement;
import org.latitude.agreement.Figure;
import org.latitude.agreement.PairwiseAgreement;
import org.latitude.report.Json;
import org.latitude.report.Measure;
import org.latitude.report.MeasuresCsv;

/**
 * Writes the result of {@code analyze}: {@code report.json} (provenance, options, every measure, the pairwise κ
 * matrix and the Dawid–Skene fit) and {@code measures.csv} (one row per measure). Output is deterministic: the same
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

    static void write(Path out, FieldAgreement result, Map<String, Object> provenance) throws IOException {
        List<Measure> measures = measures(result);
        Map<String, Object> report = new LinkedHashMap<>(provenance);
        report.put("field", result.field());
        report.put("level", result.domain().level().name().toLowerCase());
        report.put("values", result.domain().labels());
        report.put("measures", measures);
        if (result.pairwise() != null) {
            report.put("pairwise_kappa", pairwise(result.pairwise()));
        }
        if (result.dawidSkene() != null) {
            report.put("dawid_skene", dawidSkene(result.dawidSkene(), result.domain().labels()));
        }
        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("report.json"), StandardCharsets.UTF_8)) {
            Json.write(w, report);
        }
        Files.writeString(out.resolve("measures.csv"), MeasuresCsv.render(measures), StandardCharsets.UTF_8);
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
