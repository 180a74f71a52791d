package org.latitude.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latitude.cli.discretion.AnnotatorSource;
import org.latitude.cli.discretion.DiscretionRun;
import org.latitude.cli.discretion.InputException;
import org.latitude.discretion.RankTies;
import org.latitude.report.ReportFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code discretion}: the alignment-discretion metrics of Buyl et al. (2025) on the CSV formats of their code release
 * (docs/cli-discretion.md, docs/methods.md), without the server: case shares, DA, PS, w*, ranks and DD, written to {@code --out}.
 */
@Command(name = "discretion", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Alignment-discretion analysis (Buyl et al. 2025): case shares, DA, PS, w*, ranks and DD.")
public final class DiscretionCommand implements Callable<Integer> {

    @Option(names = "--principles", required = true, paramLabel = "FILE",
            description = "Long principle-preference CSV: row_id,principle_id,order,prob_A,prob_B,prob_NA "
                    + "(order-0 rows are used) or row_id,principle_id,preference.")
    Path principles;

    @Option(names = "--principle-texts", required = true, paramLabel = "FILE",
            description = "The principles, one a line; principle_id k is line k (0-based).")
    Path principleTexts;

    @Option(names = "--principle-labels", paramLabel = "FILE", description = "Short labels, one a line.")
    Path principleLabels;

    /** The raw {@code --annotator} / {@code --constant-annotator} values in command-line order, parsed in call(). */
    private final List<String[]> annotators = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "NAME",
            description = "The annotator DD is reported against (default: the first annotator).")
    String reference;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
            description = "DA bootstrap replicates over the consensus items (default ${DEFAULT-VALUE}; 0: none).")
    int bootstrap;

    @Option(names = "--dd-bootstrap", paramLabel = "N", defaultValue = "100",
            description = "Paired item-bootstrap replicates for PS, w*, ranks and DD (default ${DEFAULT-VALUE}).")
    int ddBootstrap;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rank-ties", paramLabel = "RULE", defaultValue = "average",
            description = "Point-estimate rank ties: average, or truncate (the paper's int cast).")
    String rankTies;

    @Option(names = "--pooled-name", paramLabel = "NAME", defaultValue = "humans pooled",
            description = "Name of the majority-vote annotator added when there are two or more human annotators.")
    String pooledName;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--zip", paramLabel = "FILE", description = "Also write the report's files as one ZIP (the "
            + "downloadable bundle: report.html, report.json, the CSV tables, README.txt).")
    Path zip;

    // picocli calls these setters once per occurrence with the values so far (first with an empty list): appending
    // the newest value keeps --annotator and --constant-annotator in command-line order, so "the first annotator"
    // (the default reference) is the first one written. They are parsed in call(), where a bad value is reported in
    // the command's words (picocli would wrap an exception thrown here with the setter's Java signature).
    @Option(names = "--annotator", paramLabel = "NAME=FILE:FORMAT", order = 1,
            description = "An annotator file; FORMAT: generic-judge, reward, loglik or preference. Repeatable.")
    void annotator(List<String> specs) {
        if (!specs.isEmpty()) {
            annotators.add(new String[] {"file", specs.getLast()});
        }
    }

    @Option(names = "--constant-annotator", paramLabel = "NAME=+1", order = 2,
            description = "An annotator with the same label on every item (+1 or -1), e.g. HH-RLHF's human.")
    void constantAnnotator(List<String> specs) {
        if (!specs.isEmpty()) {
            annotators.add(new String[] {"constant", specs.getLast()});
        }
    }

    @Override
    public Integer call() {
        try {
            RankTies ties = switch (rankTies.toLowerCase(Locale.ROOT)) {
                case "average" -> RankTies.AVERAGE;
                case "truncate", "truncated" -> RankTies.TRUNCATED_AVERAGE;
                default -> throw new IllegalArgumentException("--rank-ties must be average or truncate");
            };
            List<DiscretionRun.AnnotatorSpec> specs = annotators.stream().map(a -> a[0].equals("file")
                    ? DiscretionRun.AnnotatorSpec.file(AnnotatorSource.parse(a[1]))
                    : DiscretionRun.AnnotatorSpec.constant(a[1])).toList();
            DiscretionRun run = new DiscretionRun(principles, principleTexts, principleLabels, specs,
                    reference, bootstrap, ddBootstrap, seed, ties, pooledName);
            String summary = run.writeTo(out, zip);
            System.out.print(summary);
            return 0;
        } catch (InputException | IllegalArgumentException | ReportFolder.OutputException e) {
            System.err.println("discretion: " + e.getMessage());
            return 2;
        } catch (java.io.UncheckedIOException e) {
            System.err.println("discretion: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
    }
}
