package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The human ceiling with intervals: its point estimates are those of {@link HumanModelComparison} (docs/methods.md,
 * "Models against the humans"), its intervals are seeded, contain the estimates, and place a majority-copying model above the humans and a
 * random one below them.
 */
class HumanCeilingTest {

    private final Synthetic humans = new Synthetic(5, 800, new double[] {0.85, 0.8, 0.75, 0.7, 0.6},
            new double[] {0.6, 0.4}, 0.15);

    @Test
    void pointEstimatesEqualTheEnginesHumanModelComparison() {
        for (TieRule rule : List.of(TieRule.EXCLUDE, TieRule.HIGHEST_IN_ORDER)) {
            RatingTable t = withModels(u -> humans.truth[u] == 1 && u % 3 == 0 ? 0 : humans.truth[u], u -> u % 2);
            HumanModelResult engine = HumanModelComparison.compare(t, c -> t.coderId(c).startsWith("m"), rule, null);
            HumanCeilingResult ceiling = HumanCeiling.of(t, Set.of("m1", "m2"),
                    AnalysisOptions.defaults().withTieRule(rule), null);
            for (int h = 0; h < engine.humans().size(); h++) {
                assertThat(ceiling.humans().get(h).kappaVsOthers().value())
                        .isCloseTo(engine.humans().get(h).kappaVsOthers().value(), within(1e-12));
                assertThat(ceiling.humans().get(h).units()).isEqualTo(engine.humans().get(h).units());
            }
            for (int m = 0; m < 2; m++) {
                ModelComparison e = engine.models().get(m);
                HumanCeilingResult.Model c = ceiling.models().get(m);
                assertThat(c.model()).isEqualTo(e.model());
                assertThat(c.comparedUnits()).isEqualTo(e.comparedUnits());
                assertThat(c.kappaVsMajority().value()).isCloseTo(e.kappaVsMajority().value(), within(1e-12));
                assertThat(c.looKappa().value()).isCloseTo(e.looKappa(), within(1e-12));
                assertThat(c.percentile().value()).isEqualTo(e.looPercentile());
                assertThat(ceiling.humanMin()).isEqualTo(e.humanLooMin());
                assertThat(ceiling.humanMax()).isEqualTo(e.humanLooMax());
                assertThat(ceiling.withinHumanRange(c)).isEqualTo(e.withinHumanRange());
            }
        }
    }

    @Test
    void intervalsAreSeededContainTheEstimatesAndSeparateGoodFromRandomModels() {
        SplittableRandom random = new SplittableRandom(4);
        int[] noise = random.ints(800, 0, 2).toArray();
        RatingTable t = withModels(u -> humans.truth[u], u -> noise[u]);
        AnalysisOptions options = AnalysisOptions.defaults().withBootstrap(200, 9);
        HumanCeilingResult r = HumanCeiling.of(t, Set.of("m1", "m2"), options, null);
        assertThat(HumanCeiling.of(t, Set.of("m1", "m2"), options, null)).isEqualTo(r);
        HumanCeilingResult.Model oracle = r.models().get(0);
        HumanCeilingResult.Model coin = r.models().get(1);
        for (Estimate e : List.of(oracle.kappaVsMajority(), oracle.looKappa(), oracle.differenceToHumans(),
                coin.looKappa(), r.humanMean(), r.humans().get(0).kappaVsOthers())) {
            assertThat(e.interval().low()).isLessThanOrEqualTo(e.value());
            assertThat(e.interval().high()).isGreaterThanOrEqualTo(e.value());
            assertThat(e.interval().seed()).isEqualTo(9);
        }
        assertThat(oracle.percentile().value()).isEqualTo(1.0);
        assertThat(oracle.differenceToHumans().interval().low()).isPositive();
        assertThat(coin.percentile().value()).isZero();
        assertThat(coin.differenceToHumans().interval().high()).isNegative();
        assertThat(r.withinHumanRange(coin)).isFalse();
        assertThat(r.humanMedian()).isBetween(r.humanMin(), r.humanMax());
    }

    @Test
    void withoutASecondHumanTheHumanCeilingIsUndefinedWithAReason() {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(List.of("safe", "unsafe")));
        b.add("i1", "h1", "safe").add("i1", "m1", "safe").add("i2", "h2", "unsafe").add("i2", "m1", "safe");
        HumanCeilingResult r = HumanCeiling.of(b.build(), Set.of("m1"), AnalysisOptions.defaults(), null);
        assertThat(r.humans()).allMatch(h -> !h.kappaVsOthers().defined() && h.kappaVsOthers().reason() != null);
        assertThat(r.models().getFirst().percentile().defined()).isFalse();
        assertThat(r.models().getFirst().differenceToHumans().reason()).isNotBlank();
        assertThat(r.humanMean().defined()).isFalse();
        assertThat(r.humanMin()).isNaN();
    }

    /** The humans plus model m1 (labels by unit) and m2. */
    private RatingTable withModels(IntUnaryOperator m1, IntUnaryOperator m2) {
        RatingTableBuilder b = RatingTable.builder(humans.table.domain());
        int[][] columns = humans.table.denseColumns();
        for (int u = 0; u < humans.table.unitCount(); u++) {
            String unit = humans.table.unitId(u);
            for (int c = 0; c < columns.length; c++) {
                if (columns[c][u] >= 0) {
                    b.addCode(unit, humans.table.coderId(c), columns[c][u]);
                }
            }
            int truthIndex = Integer.parseInt(unit.substring(1));
            b.addCode(unit, "m1", m1.applyAsInt(truthIndex)).addCode(unit, "m2", m2.applyAsInt(truthIndex));
        }
        return b.build();
    }
}
