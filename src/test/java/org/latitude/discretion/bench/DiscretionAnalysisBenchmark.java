package org.latitude.discretion.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.latitude.cli.discretion.AnnotatorFiles;
import org.latitude.cli.discretion.AnnotatorSource;
import org.latitude.cli.discretion.PrincipleFiles;
import org.latitude.discretion.Annotator;
import org.latitude.discretion.DiscretionAnalysis;
import org.latitude.discretion.DiscretionInput;
import org.latitude.discretion.DiscretionOptions;
import org.latitude.discretion.DiscretionResult;
import org.latitude.discretion.Principle;
import org.latitude.discretion.PrincipleJudgments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The discretion engine alone (no file reading, no report writing) on a generated data set of {@link #items} pairs ×
 * 21 principles × 5 annotators ({@link SyntheticDiscretionFiles}), with the paper's bootstraps: DA 1000 replicates,
 * paired DD 100. Run: {@code bin/bench DiscretionAnalysisBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiscretionAnalysisBenchmark {

    @Param({"2312", "100000"})
    public int items;

    private DiscretionInput input;
    private final DiscretionOptions options = DiscretionOptions.DEFAULTS.withReplicates(1000, 100);

    @Setup
    public void generate() throws IOException {
        Path dir = Files.createTempDirectory("discretion-bench");
        SyntheticDiscretionFiles.write(dir, items, 21, 1);
        List<Principle> principles = PrincipleFiles.principles(dir.resolve("principles.txt"), null);
        PrincipleJudgments judgments = PrincipleFiles.judgments(dir.resolve("principle_preferences.csv"),
                principles.size());
        List<Annotator> annotators = new ArrayList<>();
        String[][] files = {{"human", "human.csv", "preference"}, {"rm-a", "reward_model_a.csv", "reward"},
            {"rm-b", "reward_model_b.csv", "reward"}, {"policy", "policy.csv", "loglik"},
            {"judge", "judge.csv", "generic-judge"}};
        for (String[] f : files) {
            AnnotatorSource source = AnnotatorSource.parse(f[0] + "=" + dir.resolve(f[1]) + ":" + f[2]);
            annotators.addAll(AnnotatorFiles.read(source, judgments.itemIds()).annotators());
        }
        input = new DiscretionInput(principles, judgments, annotators);
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public DiscretionResult analysis() {
        return DiscretionAnalysis.run(input, options);
    }
}
