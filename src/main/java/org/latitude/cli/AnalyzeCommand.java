package org.latitude.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.latitude.agreement.AgreementEngine;
import org.latitude.agreement.AnalysisOptions;
import org.latitude.agreement.CiMethod;
import org.latitude.agreement.FieldAgreement;
import org.latitude.agreement.Level;
import org.latitude.agreement.TieRule;
import org.latitude.report.Provenance;
import org.latitude.report.ReportFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code analyze}: inter-annotator agreement of one field from long CSV files, headless (docs/cli-analyze.md; definitions in docs/methods.md). Reads the
 * ratings (and model judgments as extra coders), runs {@link AgreementEngine#analyze} and writes
 * {@code report.json} and {@code measures.csv} into {@code --out}. Malformed input stops with the file and line
 * number before anything is written (exit code 1).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Inter-annotator agreement of one field from long CSV (unit,coder,value or unit,coder,labels).")
public final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--ratings", required = true, paramLabel = "FILE", description = "Human ratings, long CSV.")
    Path ratings;

    @Option(names = "--model", paramLabel = "FILE", description = "Model judgments in the same format; each coder id "
            + "in them is a model compared with the humans (repeatable).")
    List<Path> models = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL", description = "nominal, ordinal, interval, ratio or set "
            + "(default: set for a labels column, else nominal).")
    String level;

    @Option(names = "--values", paramLabel = "A,B,..", description = "Declared values: the order for ordinal "
            + "(e.g. safe,needs_caution,unsafe), the scheme for nominal, the categories for set (default: those met).")
    String values;

    @Option(names = "--field", paramLabel = "NAME", description = "Field name in the report (default: the column).")
    String field;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
            description = "Bootstrap replicates for 95%% CIs (0 = none; default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "unit",
            description = "unit (unit-level bootstrap) or hayes-krippendorff (for α; default ${DEFAULT-VALUE}).")
    String ci;

    @Option(names = "--tie-rule", paramLabel = "RULE", defaultValue = "exclude", description = "Majority ties: "
            + "exclude, highest (in declared order), lowest, dawid-skene (default ${DEFAULT-VALUE}).")
    String tieRule;

    /**
     * Dawid–Skene is aggregation (each coder's estimated accuracy, posterior labels), not an agreement coefficient,
     * and on large tables it costs as much as every coefficient together; the headless command runs it on request.
     */
    @Option(names = "--dawid-skene", description = "Also fit the Dawid-Skene model (each coder's estimated accuracy "
            + "and confusion matrix; needed by --tie-rule dawid-skene).")
    boolean dawidSkene;

    @Option(names = "--no-pairwise", description = "Skip Cohen's kappa for every coder pair.")
    boolean noPairwise;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--zip", paramLabel = "FILE", description = "Also write the report's files as one ZIP (the "
            + "downloadable bundle: report.html, report.json, the CSV tables, README.txt).")
    Path zip;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        RatingFiles.Loaded loaded;
        AnalysisOptions options;
        try {
            options = options();
            ReportFolder.check(out);
            ZipFile.check(zip);
            loaded = RatingFiles.load(ratings, models, parseLevel(), RatingFiles.split(values));
        } catch (CsvFormatException | IllegalArgumentException | ReportFolder.OutputException e) {
            System.err.println("analyze: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("analyze: cannot read " + e.getMessage());
            return 1;
        }
        long read = System.nanoTime();
        String name = field != null ? field : loaded.column();
        FieldAgreement result = AgreementEngine.analyze(name, loaded.table(), loaded.models(), options);
        long analysed = System.nanoTime();
        try {
            AnalysisReport.write(out, zip, result, provenance(loaded, options), loaded);
        } catch (ReportFolder.OutputException | UncheckedIOException e) {
            System.err.println("analyze: " + e.getMessage() + (e.getCause() != null ? ": " + e.getCause() : "")
                    + "; nothing was written");
            return 1;
        }
        long written = System.nanoTime();
        long modelRatings = loaded.modelRatings();
        System.err.printf(java.util.Locale.ROOT, "analyze: %d units; humans: %d coders, %d ratings; models: %d, %d "
                + "ratings -> %s (read %.2f s, analysis %.2f s, write %.2f s)%n", loaded.table().unitCount(),
                loaded.table().coderCount() - loaded.models().size(), loaded.table().ratingCount() - modelRatings,
                loaded.models().size(), modelRatings, out, (read - started) / 1e9, (analysed - read) / 1e9,
                (written - analysed) / 1e9);
        return 0;
    }

    private AnalysisOptions options() {
        CiMethod method = switch (ci) {
            case "unit" -> CiMethod.UNIT_BOOTSTRAP;
            case "hayes-krippendorff" -> CiMethod.HAYES_KRIPPENDORFF;
            default -> throw new IllegalArgumentException("--ci must be unit or hayes-krippendorff, not " + ci);
        };
        TieRule rule = switch (tieRule) {
            case "exclude" -> TieRule.EXCLUDE;
            case "highest" -> TieRule.HIGHEST_IN_ORDER;
            case "lowest" -> TieRule.LOWEST_IN_ORDER;
            case "dawid-skene" -> TieRule.DAWID_SKENE;
            default -> throw new IllegalArgumentException("unknown --tie-rule " + tieRule);
        };
        if (rule == TieRule.DAWID_SKENE && !dawidSkene) {
            throw new IllegalArgumentException("--tie-rule dawid-skene needs --dawid-skene");
        }
        return AnalysisOptions.defaults().withBootstrap(bootstrap, seed).withCiMethod(method).withTieRule(rule)
                .withDawidSkene(dawidSkene).withPairwise(!noPairwise);
    }

    private Level parseLevel() {
        if (level == null) {
            return null;
        }
        try {
            return Level.valueOf(level.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--level must be nominal, ordinal, interval, ratio or set, not "
                    + level);
        }
    }

    private Provenance provenance(RatingFiles.Loaded loaded, AnalysisOptions options) {
        List<Provenance.Input> inputs = new ArrayList<>();
        for (LongCsvReader.Source s : loaded.sources()) {
            String file = s.file().getFileName().toString();
            inputs.add(new Provenance.Input(file, s.model() ? "model" : "ratings", file, "long-csv", s.sha256(),
                    s.endRating() - s.firstRating(), 0));
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("bootstrap", options.bootstrapReplicates());
        o.put("ci_method", options.ciMethod().name().toLowerCase(java.util.Locale.ROOT));
        o.put("confidence", options.confidenceLevel());
        o.put("tie_rule", options.tieRule().name().toLowerCase(java.util.Locale.ROOT));
        o.put("dawid_skene", options.dawidSkene());
        o.put("pairwise", options.pairwise());
        return new Provenance("analyze", Provenance.softwareVersion(AnalyzeCommand.class),
                "inter-annotator agreement; definitions and sources in docs/methods.md", options.seed(), o, inputs);
    }
}
