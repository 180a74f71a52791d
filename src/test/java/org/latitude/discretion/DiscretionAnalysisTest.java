package org.latitude.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Behaviour of the engine's entry point beyond the published numbers: seeds, pairing, pooling, undefined cases. */
class DiscretionAnalysisTest {

    private static final int ITEMS = 400;
    private static final int PRINCIPLES = 6;

    /** A random but fixed problem: principles judge items, humans label a random half each. */
    private static DiscretionInput problem(int humans) {
        SplittableRandom random = new SplittableRandom(7);
        List<String> ids = IntStream.range(0, ITEMS).mapToObj(i -> "item-" + i).toList();
        PrincipleJudgments.Builder builder = PrincipleJudgments.builder(ids, PRINCIPLES);
        for (int i = 0; i < ITEMS; i++) {
            for (int c = 0; c < PRINCIPLES; c++) {
                builder.set(i, c, random.nextInt(3) - 1);
            }
        }
        List<Principle> principles = IntStream.range(0, PRINCIPLES).mapToObj(c -> new Principle(c, "p" + c, null))
                .toList();
        List<Annotator> annotators = new ArrayList<>();
        for (int h = 0; h < humans; h++) {
            List<Outcome> labels = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                labels.add(random.nextBoolean() ? Outcome.MISSING : Outcome.ofSign(random.nextInt(3) - 1));
            }
            annotators.add(Annotator.of("h" + h, Annotator.Kind.HUMAN, labels));
        }
        annotators.add(Annotator.constant("model", Annotator.Kind.MODEL, ITEMS, Outcome.FIRST));
        return new DiscretionInput(principles, builder.build(), annotators);
    }

    private static final DiscretionOptions SMALL = DiscretionOptions.DEFAULTS.withReplicates(200, 30);

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOtherReplicates() {
        DiscretionResult first = DiscretionAnalysis.run(problem(2), SMALL);
        DiscretionResult again = DiscretionAnalysis.run(problem(2), SMALL);
        DiscretionResult other = DiscretionAnalysis.run(problem(2), SMALL.withSeed(43));
        for (int a = 0; a < first.annotators().size(); a++) {
            assertThat(again.annotators().get(a).arbitrariness()).isEqualTo(first.annotators().get(a).arbitrariness());
        }
        assertThat(again.discrepancies()).isEqualTo(first.discrepancies());
        assertThat(other.annotators().getFirst().arbitrariness().bootstrap())
                .isNotEqualTo(first.annotators().getFirst().arbitrariness().bootstrap());
        assertThat(other.annotators().getFirst().arbitrariness().value())
                .isEqualTo(first.annotators().getFirst().arbitrariness().value());
    }

    @Test
    void twoOrMoreHumansGetAPooledMajorityAnnotatorEachWithItsOwnDaAndWeights() {
        DiscretionResult result = DiscretionAnalysis.run(problem(3), SMALL);
        assertThat(result.annotators()).extracting(AnnotatorResult::name)
                .containsExactly("h0", "h1", "h2", "model", "humans pooled");
        Annotator pooled = result.annotator("humans pooled").orElseThrow().annotator();
        DiscretionInput input = problem(3);
        for (int i = 0; i < ITEMS; i++) {
            int sum = 0;
            for (int h = 0; h < 3; h++) {
                sum += input.annotators().get(h).sign(i);
            }
            assertThat(pooled.sign(i)).isEqualTo(Integer.signum(sum));
        }
        assertThat(pooled.kind()).isEqualTo(Annotator.Kind.POOLED);
        assertThat(result.annotators()).allSatisfy(a -> assertThat(a.arbitrariness().value()).isBetween(0.0, 1.0));
        assertThat(DiscretionAnalysis.run(problem(1), SMALL).annotators()).hasSize(2);
    }

    @Test
    void anAnnotatorComparedWithItselfHasZeroDiscrepancyInEveryPairedReplicate() {
        DiscretionInput base = problem(1);
        List<Annotator> twins = new ArrayList<>(base.annotators());
        Annotator h0 = twins.getFirst();
        List<Outcome> same = IntStream.range(0, ITEMS).mapToObj(i -> h0.sign(i) == 0 ? Outcome.TIE
                : Outcome.ofSign(h0.sign(i))).toList();
        twins.add(Annotator.of("h0 copy", Annotator.Kind.MODEL, same));
        DiscretionResult result = DiscretionAnalysis.run(new DiscretionInput(base.principles(), base.judgments(),
                twins), SMALL.withReference("h0"));
        DiscrepancyEstimate dd = result.discrepancy("h0 copy", "h0").orElseThrow();
        assertThat(dd.value()).isZero();
        assertThat(dd.bootstrap().mean()).isZero();
        assertThat(dd.bootstrap().sd()).isZero();
        assertThat(result.discrepancies().getFirst().reference()).isEqualTo("h0");
    }

    @Test
    void anAnnotatorWithoutAnyStrictPreferenceHasUndefinedDaAndRanksWithReasons() {
        DiscretionInput base = problem(0);
        Annotator silent = Annotator.of("silent", Annotator.Kind.MODEL, Collections.nCopies(ITEMS, Outcome.TIE));
        DiscretionResult result = DiscretionAnalysis.run(new DiscretionInput(base.principles(), base.judgments(),
                List.of(base.annotators().getFirst(), silent)), SMALL);
        AnnotatorResult s = result.annotator("silent").orElseThrow();
        assertThat(s.arbitrariness().value()).isNaN();
        assertThat(s.arbitrariness().reason()).isNotBlank();
        assertThat(s.fit().weights()).as("no conflict at all: every principle -inf")
                .containsOnly(Double.NEGATIVE_INFINITY);
        DiscrepancyEstimate dd = result.discrepancy("silent", "model").orElseThrow();
        assertThat(dd.value()).isNaN();
        assertThat(dd.reason()).contains("all ties");
    }

    @Test
    void rejectsAnUnknownReferenceAndMisalignedAnnotators() {
        DiscretionInput base = problem(1);
        assertThatThrownBy(() -> DiscretionAnalysis.run(base, SMALL.withReference("nobody")))
                .hasMessageContaining("nobody");
        assertThatThrownBy(() -> DiscretionAnalysis.run(problem(2), SMALL.withPooledHumans("h1")))
                .hasMessageContaining("already taken");
        assertThatThrownBy(() -> new DiscretionInput(base.principles(), base.judgments(),
                List.of(Annotator.constant("short", Annotator.Kind.MODEL, 3, Outcome.FIRST))))
                .hasMessageContaining("short");
    }
}
