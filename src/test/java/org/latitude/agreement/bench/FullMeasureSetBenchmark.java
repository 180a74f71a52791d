package org.latitude.agreement.bench;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.latitude.agreement.AgreementEngine;
import org.latitude.agreement.AnalysisOptions;
import org.latitude.agreement.RatingTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's full measure set of a nominal field with 1,000 unit-bootstrap replicates on 100,000 units × 7
 * coders, 30 % missing (target ≤ 10 s): α, Fleiss' κ, AC1, S, Conger's κ, percent agreement, one-vs-rest α, every
 * pairwise κ, Dawid–Skene, majority, leave-one-out κ, all with intervals where the engine gives them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class FullMeasureSetBenchmark {

    private RatingTable table;

    @Setup
    public void setUp() {
        table = BenchmarkData.table(BenchmarkData.nominal(100_000, 7, 7));
    }

    @Benchmark
    public int fullMeasureSetWith1000Replicates() {
        return AgreementEngine.analyze("verdict", table, Set.of(), AnalysisOptions.defaults().withBootstrap(1000, 1))
                .figures().size();
    }
}
