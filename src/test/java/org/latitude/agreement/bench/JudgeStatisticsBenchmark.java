package org.latitude.agreement.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.latitude.agreement.AltTest;
import org.latitude.agreement.AltTestOptions;
import org.latitude.agreement.AnalysisOptions;
import org.latitude.agreement.Calibration;
import org.latitude.agreement.CalibrationOptions;
import org.latitude.agreement.DuplicatePolicy;
import org.latitude.agreement.ModelProbabilities;
import org.latitude.agreement.RatingTable;
import org.latitude.agreement.ValueDomain;
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
 * What the judge statistics add to a field's analysis (issue target: alt-test and calibration for 5 models on
 * 100,000 items × 5 annotators in ≤ 3 s): a binary verdict, 5 human annotators on every item (accuracy 0.85, prior
 * P(unsafe) = 0.3), 5 models as coders of the same table (accuracies 0.70 … 0.90) each with a P(unsafe) per item,
 * calibration with {@code replicates} unit-bootstrap replicates (shared by the 5 models).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class JudgeStatisticsBenchmark {

    static final int HUMANS = 5;
    static final int MODELS = 5;

    @Param({"100000"})
    int items;

    @Param({"1000"})
    int replicates;

    private RatingTable table;
    private Set<String> models;
    private List<ModelProbabilities> probabilities;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(12);
        int coders = HUMANS + MODELS;
        int[] unit = new int[items * coders];
        int[] coder = new int[unit.length];
        int[] value = new int[unit.length];
        List<Map<String, Double>> scores = new ArrayList<>();
        for (int m = 0; m < MODELS; m++) {
            scores.add(new HashMap<>());
        }
        int n = 0;
        for (int u = 0; u < items; u++) {
            int truth = random.nextDouble() < 0.3 ? 1 : 0;
            for (int c = 0; c < coders; c++) {
                double accuracy = c < HUMANS ? 0.85 : 0.70 + 0.05 * (c - HUMANS);
                unit[n] = u;
                coder[n] = c;
                value[n++] = random.nextDouble() < accuracy ? truth : 1 - truth;
                if (c >= HUMANS) {
                    double p = value[n - 1] == 1 ? 0.5 + 0.5 * random.nextDouble() : 0.5 * random.nextDouble();
                    scores.get(c - HUMANS).put("u" + (u + 1), p);
                }
            }
        }
        List<String> ids = BenchmarkData.ids("c", coders);
        table = RatingTable.fromCodes(ValueDomain.nominal(List.of("safe", "unsafe")), BenchmarkData.ids("u", items),
                ids, null, unit, coder, value, n, DuplicatePolicy.REJECT);
        models = new LinkedHashSet<>(ids.subList(HUMANS, coders));
        probabilities = new ArrayList<>();
        for (int m = 0; m < MODELS; m++) {
            probabilities.add(ModelProbabilities.ofPositive(ids.get(HUMANS + m), 1, scores.get(m)));
        }
    }

    @Benchmark
    public int altTestFiveModels() {
        return AltTest.run(table, models, AltTestOptions.of(AltTestOptions.SKILLED)).size();
    }

    @Benchmark
    public int calibrationFiveModels() {
        return Calibration.of(table, models, probabilities, CalibrationOptions.defaults(),
                AnalysisOptions.defaults().withBootstrap(replicates, 1), null).size();
    }

    @Benchmark
    public int altTestAndCalibrationFiveModels() {
        return altTestFiveModels() + calibrationFiveModels();
    }
}
