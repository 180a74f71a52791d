package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Position bias (Zheng et al. 2023, §3.3: answers under swapped positions) on a constructed two-order judge, and the
 * annotators' first-shown rate with the exact binomial test and Clopper–Pearson interval checked against SciPy 1.17.1
 * ({@code binomtest(k, n, 0.5)}, {@code .proportion_ci(0.95, "exact")}; quoted values).
 */
class PositionBiasTest {

    /**
     * 4 × (A, A), 2 × (tie, tie), 3 × (A, B) — the first-shown response both times — and 1 × (B, A), answers with A
     * shown first then with B shown first. Flip rate 4/10; first-position rate: consistent non-ties choose the first
     * once in two, primacy flips twice, recency never: (4 + 6 + 0)/16 = 0.625. κ between the orders: p<sub>o</sub> =
     * 0.6, rows A 7, B 1, tie 2, columns A 5, B 3, tie 2, p<sub>e</sub> = 0.42, κ = 0.18/0.58. Primacy 3 against
     * recency 1: two-sided binomial p = 10/16.
     */
    @Test
    void flipRateFirstPositionRateAndOrderAgreementOfAConstructedJudge() {
        List<OrderedJudgment> runs = new ArrayList<>();
        add(runs, 4, PairChoice.A, PairChoice.A);
        add(runs, 2, PairChoice.TIE, PairChoice.TIE);
        add(runs, 3, PairChoice.A, PairChoice.B);
        add(runs, 1, PairChoice.B, PairChoice.A);
        runs.add(new OrderedJudgment("only-one-order", PairChoice.A, null));
        JudgePositionBias r = PositionBias.ofJudge("judge", runs, AnalysisOptions.defaults().withBootstrap(300, 3));
        assertThat(r.items()).isEqualTo(10);
        assertThat(r.incompleteItems()).isEqualTo(1);
        assertThat(r.consistent()).isEqualTo(6);
        assertThat(r.primacy()).isEqualTo(3);
        assertThat(r.recency()).isEqualTo(1);
        assertThat(r.flipRate().value()).isCloseTo(0.4, within(1e-15));
        assertThat(r.firstPositionRate().value()).isCloseTo(0.625, within(1e-15));
        assertThat(r.orderAgreement().value()).isCloseTo(0.18 / 0.58, within(1e-12));
        assertThat(r.primacyPValue()).isCloseTo(0.625, within(1e-12));
        assertThat(r.flipRate().interval().low()).isLessThanOrEqualTo(0.4);
        assertThat(r.flipRate().interval().high()).isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void aJudgeIgnoringTheOrderNeverFlipsAndAJudgeAlwaysPickingTheFirstAlwaysDoes() {
        List<OrderedJudgment> fair = new ArrayList<>();
        add(fair, 5, PairChoice.A, PairChoice.A);
        add(fair, 5, PairChoice.B, PairChoice.B);
        JudgePositionBias f = PositionBias.ofJudge("fair", fair, AnalysisOptions.defaults());
        assertThat(f.flipRate().value()).isZero();
        assertThat(f.firstPositionRate().value()).isEqualTo(0.5);
        assertThat(f.orderAgreement().value()).isEqualTo(1.0);
        assertThat(f.primacyPValue()).isNaN();
        List<OrderedJudgment> first = new ArrayList<>();
        add(first, 10, PairChoice.A, PairChoice.B);
        JudgePositionBias p = PositionBias.ofJudge("first", first, AnalysisOptions.defaults());
        assertThat(p.flipRate().value()).isEqualTo(1.0);
        assertThat(p.firstPositionRate().value()).isEqualTo(1.0);
        assertThat(p.primacyPValue()).isCloseTo(2.0 / 1024, within(1e-15));
        assertThatThrownBy(() -> PositionBias.ofJudge("twice", List.of(new OrderedJudgment("i", PairChoice.A, null),
                new OrderedJudgment("i", PairChoice.B, null)), AnalysisOptions.defaults()))
                .isInstanceOf(DuplicateRatingException.class);
    }

    @Test
    void firstShownRateWithExactBinomialTestAndClopperPearsonInterval() {
        List<ShownAnswer> answers = new ArrayList<>();
        shown(answers, "ann", 15, 5, 3);
        shown(answers, "bob", 12, 25, 0);
        shown(answers, "cy", 0, 10, 0);
        shown(answers, "dee", 0, 0, 4);
        List<HumanPositionBias> rows = PositionBias.ofHumans(answers, 0.95);
        assertThat(rows).extracting(HumanPositionBias::annotator)
                .containsExactly("ann", "bob", "cy", "dee", PositionBias.ALL_ANNOTATORS);
        HumanPositionBias ann = rows.get(0);
        assertThat(ann.answers()).isEqualTo(23);
        assertThat(ann.ties()).isEqualTo(3);
        assertThat(ann.firstShownRate()).isEqualTo(0.75);
        assertThat(ann.pValue()).isCloseTo(0.04138946533203125, within(1e-12));
        assertThat(ann.ciLow()).isCloseTo(0.5089541282920425, within(1e-9));
        assertThat(ann.ciHigh()).isCloseTo(0.9134285308985655, within(1e-9));
        HumanPositionBias bob = rows.get(1);
        assertThat(bob.pValue()).isCloseTo(0.04703102743951604, within(1e-12));
        assertThat(bob.ciLow()).isCloseTo(0.18013864805205346, within(1e-9));
        assertThat(bob.ciHigh()).isCloseTo(0.497853283513511, within(1e-9));
        HumanPositionBias cy = rows.get(2);
        assertThat(cy.pValue()).isCloseTo(0.001953125, within(1e-12));
        assertThat(cy.ciLow()).isZero();
        assertThat(cy.ciHigh()).isCloseTo(0.30849710781876294, within(1e-9));
        assertThat(rows.get(3).firstShownRate()).isNaN();
        assertThat(rows.get(3).reason()).contains("tie");
        assertThat(ann.adjustedPValue()).isGreaterThanOrEqualTo(ann.pValue());
        HumanPositionBias all = rows.get(4);
        assertThat(all.answers()).isEqualTo(23 + 37 + 10 + 4);
        assertThat(all.firstShown()).isEqualTo(27);
    }

    private static void add(List<OrderedJudgment> runs, int n, PairChoice aFirst, PairChoice bFirst) {
        for (int i = 0; i < n; i++) {
            runs.add(new OrderedJudgment("i" + runs.size(), aFirst, bFirst));
        }
    }

    /** {@code first} answers choosing the side shown first, {@code second} the other, {@code ties} ties. */
    private static void shown(List<ShownAnswer> answers, String who, int first, int second, int ties) {
        for (int i = 0; i < first + second + ties; i++) {
            boolean aFirst = i % 2 == 0;
            PairChoice choice = i < first ? PairChoice.shownFirst(aFirst) : i < first + second
                    ? PairChoice.shownFirst(!aFirst) : PairChoice.TIE;
            answers.add(new ShownAnswer(who, who + i, choice, aFirst));
        }
    }
}
