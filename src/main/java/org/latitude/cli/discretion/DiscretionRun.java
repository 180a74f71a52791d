package org.latitude.cli.discretion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latitude.discretion.Annotator;
import org.latitude.discretion.AnnotatorResult;
import org.latitude.discretion.BootstrapSummary;
import org.latitude.discretion.DiscretionAnalysis;
import org.latitude.discretion.DiscretionInput;
import org.latitude.discretion.DiscretionOptions;
import org.latitude.discretion.DiscretionResult;
import org.latitude.discretion.Outcome;
import org.latitude.discretion.Principle;
import org.latitude.discretion.PrincipleJudgments;
import org.latitude.discretion.RankTies;
import org.latitude.report.Provenance;
import org.latitude.report.ReportFolder;
import org.latitude.textio.DigestingInput;

/** One run of the {@code discretion} command: read the files, run the engine, write the report folder. */
public final class DiscretionRun {

    /** An annotator of the command line: a file, or a constant label ({@code NAME=+1}). */
    public record AnnotatorSpec(AnnotatorSource source, String constantName, Outcome constantLabel) {

        public static AnnotatorSpec file(AnnotatorSource source) {
            return new AnnotatorSpec(source, null, null);
        }

        /** Parses {@code NAME=+1} or {@code NAME=-1}. */
        public static AnnotatorSpec constant(String spec) {
            int equals = spec.lastIndexOf('=');
            Outcome label = equals <= 0 ? null : PreferenceText.parse(spec.substring(equals + 1));
            if (label == null || label.sign() == 0) {
                throw new IllegalArgumentException("--constant-annotator expects NAME=+1 or NAME=-1, got '" + spec
                        + "'");
            }
            return new AnnotatorSpec(null, spec.substring(0, equals).strip(), label);
        }
    }

    private final Path principleFile;
    private final Path texts;
    private final Path labels;
    private final List<AnnotatorSpec> specs;
    private final DiscretionOptions options;

    public DiscretionRun(Path principleFile, Path texts, Path labels, List<AnnotatorSpec> specs, String reference,
                         int daReplicates, int ddReplicates, long seed, RankTies ties, String pooledName) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("at least one --annotator or --constant-annotator is needed");
        }
        this.principleFile = principleFile;
        this.texts = texts;
        this.labels = labels;
        this.specs = List.copyOf(specs);
        this.options = new DiscretionOptions(daReplicates, ddReplicates, seed, ties, reference, pooledName);
    }

    /** Runs the analysis, writes the folder and returns a short plain-text summary. */
    public String writeTo(Path out) {
        return writeTo(out, null);
    }

    /** Runs the analysis, writes the folder (and the bundle ZIP when {@code zip} is set) and returns a summary. */
    public String writeTo(Path out, Path zip) {
        ReportFolder.check(out);
        org.latitude.cli.ZipFile.check(zip);
        long start = System.nanoTime();
        List<Principle> principles = PrincipleFiles.principles(texts, labels);
        PrincipleJudgments judgments = PrincipleFiles.judgments(principleFile, principles.size());
        List<Annotator> annotators = new ArrayList<>();
        List<Provenance.Input> inputs = new ArrayList<>();
        inputs.add(input("principles", "principles", principleFile, "principle-preferences",
                judgments.itemCount(), 0));
        for (AnnotatorSpec spec : specs) {
            if (spec.source() == null) {
                annotators.add(Annotator.constant(spec.constantName(), Annotator.Kind.DATASET_LABEL,
                        judgments.itemCount(), spec.constantLabel()));
                continue;
            }
            AnnotatorFiles.Reading reading = AnnotatorFiles.read(spec.source(), judgments.itemIds());
            annotators.addAll(reading.annotators());
            inputs.add(input(spec.source().name(), "annotator", spec.source().file(),
                    spec.source().format().key(), reading.rows(), reading.ignoredRows()));
        }
        if (options.reference() != null && annotators.stream().noneMatch(a -> a.name().equals(options.reference()))
                && !options.reference().equals(options.pooledHumans())) {
            throw new IllegalArgumentException("--reference " + options.reference() + " is not an annotator");
        }
        long read = System.nanoTime();
        DiscretionResult result = DiscretionAnalysis.run(new DiscretionInput(principles, judgments, annotators),
                options);
        long analysed = System.nanoTime();
        DiscretionReportFiles.write(out, zip, result, provenance(inputs));
        long written = System.nanoTime();
        return summary(result, out) + String.format(Locale.ROOT,
                "time: reading %.2f s, analysis %.2f s, writing %.2f s%n", (read - start) / 1e9,
                (analysed - read) / 1e9, (written - analysed) / 1e9);
    }

    private Provenance provenance(List<Provenance.Input> inputs) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("da_bootstrap", options.daReplicates());
        o.put("dd_bootstrap", options.ddReplicates());
        o.put("rank_ties", options.rankTies().name().toLowerCase(Locale.ROOT));
        o.put("reference", options.reference());
        o.put("pooled_name", options.pooledHumans());
        o.put("min_defined_replicate_share", BootstrapSummary.MIN_DEFINED_SHARE);
        return new Provenance("discretion", Provenance.softwareVersion(DiscretionRun.class),
                "Buyl et al. 2025, AI Alignment at Your Discretion (arXiv 2502.10441); docs/methods.md",
                options.seed(), o, inputs);
    }

    private static Provenance.Input input(String name, String role, Path file, String format, long rows,
                                          long ignored) {
        return new Provenance.Input(name, role, file.getFileName().toString(), format, sha256(file), rows, ignored);
    }

    private static String sha256(Path file) {
        try {
            return DigestingInput.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Case shares, then the humans (and the dataset's labels) and the models apart: DA, DD and the fit. */
    private static String summary(DiscretionResult result, Path out) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d items, %d principles; cases:", result.cases().itemCount(),
                result.principles().size()));
        result.caseShares().forEach(c -> s.append(String.format(Locale.ROOT, " %s %d (%.3f %%)",
                c.itemCase().name().toLowerCase(Locale.ROOT), c.count(), 100 * c.share())));
        s.append('\n');
        for (boolean models : new boolean[] {false, true}) {
            List<AnnotatorResult> group = result.annotators().stream()
                    .filter(a -> (a.annotator().kind() == Annotator.Kind.MODEL) == models).toList();
            if (group.isEmpty()) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "%-30s %9s %9s  %s%n", models ? "models" : "humans and labels",
                    "DA %", "DD %", "w* fit"));
            for (AnnotatorResult a : group) {
                s.append(String.format(Locale.ROOT, "%-30s %9.3f %9s  %s%n", a.name(),
                        100 * a.arbitrariness().value(), dd(result, a), a.fit().status().name()
                                .toLowerCase(Locale.ROOT)));
            }
        }
        s.append("DD against ").append(result.reference()).append(" (bootstrap mean where at least ")
                .append(Math.round(100 * BootstrapSummary.MIN_DEFINED_SHARE))
                .append(" % of replicates are defined, else the point value*); report in ").append(out).append('\n');
        return s.toString();
    }

    private static String dd(DiscretionResult result, AnnotatorResult a) {
        return result.discrepancy(a.name(), result.reference()).map(d -> d.bootstrap().intervalDefined()
                ? String.format(Locale.ROOT, "%.3f", 100 * d.bootstrap().mean())
                : Double.isNaN(d.value()) ? "undef" : String.format(Locale.ROOT, "%.3f*", 100 * d.value()))
                .orElse("ref");
    }
}
