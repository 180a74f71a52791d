package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** Models against humans: κ with the majority, over/under-flagging, leave-one-out placement (docs/methods.md). */
class HumanModelComparisonTest {

    private final Synthetic humans = new Synthetic(5, 600, new double[] {0.85, 0.8, 0.75, 0.7, 0.6},
            new double[] {0.7, 0.3}, 0.1);

    @Test
    void aModelCopyingTheMajorityAgreesPerfectlyAndNeverMisflags() {
        Consensus majority = MajorityVote.of(humans.table, TieRule.EXCLUDE);
        RatingTable withModel = addModel(humans.table, "oracle", majority::label);
        ModelComparison m = HumanModelComparison.compare(withModel, c -> withModel.coderId(c).equals("oracle"),
                TieRule.EXCLUDE, null).models().get(0);
        assertThat(m.kappaVsMajority().value()).isEqualTo(1.0);
        assertThat(m.flagRates().over()[1]).isZero();
        assertThat(m.flagRates().under()[1]).isZero();
        assertThat(m.looPercentile()).isEqualTo(1.0);
    }

    @Test
    void aModelFlaggingEverythingOverFlagsEveryNegativeUnit() {
        RatingTable withModel = addModel(humans.table, "paranoid", u -> 1);
        ModelComparison m = HumanModelComparison.compare(withModel, c -> withModel.coderId(c).equals("paranoid"),
                TieRule.EXCLUDE, null).models().get(0);
        assertThat(m.flagRates().over()[1]).isEqualTo(1.0);
        assertThat(m.flagRates().under()[1]).isZero();
        assertThat(m.kappaVsMajority().value()).isZero();
    }

    /** The one-pass leave-one-out κ equals the brute-force κ of each human with the majority of the others. */
    @Test
    void leaveOneOutKappaMatchesBruteForce() {
        HumanModelResult result = HumanModelComparison.compare(humans.table, c -> false, TieRule.EXCLUDE, null);
        for (AnnotatorAgreement a : result.humans()) {
            int h = humans.table.coderCode(a.annotator());
            Consensus others = MajorityVote.of(humans.table, c -> c != h, TieRule.EXCLUDE, null);
            int[] own = HumanModelComparison.labelsOf(humans.table, h);
            double[] table = new double[4];
            for (int u = 0; u < own.length; u++) {
                if (own[u] >= 0 && others.label(u) >= 0) {
                    table[own[u] * 2 + others.label(u)]++;
                }
            }
            assertThat(a.kappaVsOthers().value()).isCloseTo(
                    CoderPairs.pair("h", "o", table, 2, null).cohenKappa().value(), within(1e-12));
        }
    }

    @Test
    void engineReportsModelFiguresAndAlphaWithModels() {
        RatingTable withModel = addModel(humans.table, "judge",
                u -> humans.truth[Integer.parseInt(humans.table.unitId(u).substring(1))]);
        FieldAgreement f = AgreementEngine.analyze("prompt_verdict", withModel, Set.of("judge"),
                AnalysisOptions.defaults().withBootstrap(100, 3));
        List<String> names = f.figures().stream().map(Figure::measure).toList();
        assertThat(names).contains("model_kappa_vs_majority", "over_flag_rate", "under_flag_rate",
                "model_loo_kappa", "model_loo_percentile");
        assertThat(f.figures()).filteredOn(x -> x.qualifiers().containsKey("raters")
                && x.measure().equals("alpha_nominal")).hasSize(1);
        Figure kappa = f.figures().stream().filter(x -> x.measure().equals("model_kappa_vs_majority")).findFirst()
                .orElseThrow();
        assertThat(kappa.ciLow()).isLessThanOrEqualTo(kappa.value());
        assertThat(kappa.ciHigh()).isGreaterThanOrEqualTo(kappa.value());
    }

    /** The humans' table plus a model coder giving {@code labelOf(unit index)} (-1: no label). */
    private static RatingTable addModel(RatingTable humans, String model, IntUnaryOperator labelOf) {
        RatingTableBuilder b = RatingTable.builder(humans.domain());
        int[][] columns = humans.denseColumns();
        for (int u = 0; u < humans.unitCount(); u++) {
            for (int c = 0; c < columns.length; c++) {
                if (columns[c][u] >= 0) {
                    b.addCode(humans.unitId(u), humans.coderId(c), columns[c][u]);
                }
            }
            int label = labelOf.applyAsInt(u);
            if (label >= 0) {
                b.addCode(humans.unitId(u), model, label);
            }
        }
        return b.build();
    }
}
