package org.latitude.agreement.bench;

import java.util.concurrent.TimeUnit;
import org.latitude.agreement.KrippendorffAlpha;
import org.latitude.agreement.RatingTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nominal α on N units × 10 coders, 4 categories, 30 % missing (docs/benchmarks.md; target: median ≤ 100 ms at 1 M
 * units after warm-up). {@code alphaNominal} starts from a built table (value counts ready); {@code tableAndAlpha}
 * also builds the table from coded ratings (grouping by unit and counting values).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AlphaBenchmark {

    @Param({"1000000"})
    int units;

    private BenchmarkData.Ratings ratings;
    private RatingTable table;

    @Setup
    public void setUp() {
        ratings = BenchmarkData.nominal(units, 10, 7);
        table = BenchmarkData.table(ratings);
    }

    @Benchmark
    public double alphaNominal() {
        return KrippendorffAlpha.nominal(table).value();
    }

    @Benchmark
    public double tableAndAlpha() {
        return KrippendorffAlpha.nominal(BenchmarkData.table(ratings)).value();
    }
}
