package org.latitude.cli.discretion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latitude.discretion.AnnotatorResult;
import org.latitude.discretion.DiscretionResult;
import org.latitude.discretion.Principle;
import org.latitude.discretion.PriorityFit;
import org.latitude.report.Csv;
import org.latitude.report.Json;
import org.latitude.report.Measure;
import org.latitude.report.MeasuresCsv;

/**
 * Writes the files of the {@code discretion} command into a folder: {@code report.json} (provenance, case shares,
 * principles, one section per annotator with {@code da}, {@code ps}, {@code w_star}, {@code rank}, {@code dd} against
 * the reference, and DD for every pair), {@code measures.csv} (every measure, one a row),
 * {@code discretion_priorities.csv} (w* and rank per principle and annotator) and {@code discretion_items.csv}
 * (each item's case, consensus sign and every annotator's preference).
 */
public final class DiscretionReportFiles {

    private DiscretionReportFiles() {
    }

    public static void write(Path folder, DiscretionResult result, Map<String, Object> provenance) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.json"), Json.toJson(report(result, provenance)) + "\n",
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("measures.csv"), MeasuresCsv.render(DiscretionMeasures.all(result)),
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("discretion_priorities.csv"), priorities(result), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("discretion_items.csv"), items(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + folder, e);
        }
    }

    static Map<String, Object> report(DiscretionResult result, Map<String, Object> provenance) {
        Map<String, Object> out = new LinkedHashMap<>(provenance);
        out.put("reference", result.reference());
        out.put("items", result.cases().itemCount());
        out.put("principles", result.principles().stream().map(DiscretionReportFiles::principle).toList());
        out.put("case_shares", DiscretionMeasures.caseShares(result));
        List<Object> annotators = new ArrayList<>();
        for (AnnotatorResult a : result.annotators()) {
            annotators.add(annotator(result, a));
        }
        out.put("annotators", annotators);
        out.put("dd", result.discrepancies().stream()
                .map(d -> DiscretionMeasures.discrepancy(d, result.cases().itemCount())).toList());
        return out;
    }

    private static Map<String, Object> principle(Principle p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("label", p.label());
        out.put("text", p.text());
        return out;
    }

    private static Map<String, Object> annotator(DiscretionResult result, AnnotatorResult a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", a.name());
        out.put("kind", a.annotator().kind().name().toLowerCase(Locale.ROOT));
        Map<String, Object> tally = new LinkedHashMap<>();
        a.annotator().tally().forEach((k, v) -> tally.put(k.name().toLowerCase(Locale.ROOT), v));
        out.put("outcomes", tally);
        out.put("da", DiscretionMeasures.arbitrariness(a));
        out.put("fit", DiscretionMeasures.fit(a));
        List<Measure> weights = DiscretionMeasures.weights(a, result.principles());
        out.put("w_star", weights.stream().filter(m -> m.measure().equals("w_star")).toList());
        out.put("rank", weights.stream().filter(m -> m.measure().equals("rank")).toList());
        out.put("ps", DiscretionMeasures.supremacy(a, result.principles()));
        out.put("dd", a.name().equals(result.reference()) ? null
                : result.discrepancy(a.name(), result.reference())
                .map(d -> DiscretionMeasures.discrepancy(d, result.cases().itemCount())).orElse(null));
        return out;
    }

    private static String priorities(DiscretionResult result) {
        StringBuilder out = new StringBuilder(Csv.line(List.of("annotator", "principle_id", "principle", "w_star",
                "w_star_ci_low", "w_star_ci_high", "rank", "rank_ci_low", "rank_ci_high", "fit_status")));
        for (AnnotatorResult a : result.annotators()) {
            PriorityFit fit = a.fit();
            for (Principle p : result.principles()) {
                var w = a.bootstrap().weight(p.id());
                var r = a.bootstrap().rank(p.id());
                out.append(Csv.line(List.of(a.name(), p.id(), p.label(), signed(fit.weight(p.id())), signed(w.low()),
                        signed(w.high()), Csv.number(a.ranks()[p.id()]), Csv.number(r.low()), Csv.number(r.high()),
                        fit.status().name().toLowerCase(Locale.ROOT))));
            }
        }
        return out.toString();
    }

    /** Like {@link Csv#number} but writes ±∞ as {@code inf} / {@code -inf}, which matter for w*. */
    private static String signed(double v) {
        return v == Double.POSITIVE_INFINITY ? "inf" : v == Double.NEGATIVE_INFINITY ? "-inf" : Csv.number(v);
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
