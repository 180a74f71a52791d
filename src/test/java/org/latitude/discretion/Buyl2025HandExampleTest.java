package org.latitude.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reproduces the hand-checkable example of docs/validation.md ("Discretion engine") (Buyl et al. 2025 definitions). */
class Buyl2025HandExampleTest {

    private static final DiscretionOptions NO_BOOTSTRAP = DiscretionOptions.DEFAULTS.withReplicates(0, 0)
            .withPooledHumans(null);
    private final DiscretionResult result = DiscretionAnalysis.run(HandExample.input(), NO_BOOTSTRAP);
    private final AnnotatorResult a = result.annotator("a").orElseThrow();
    private final AnnotatorResult b = result.annotator("b").orElseThrow();

    @Test
    void classifiesItemsIntoConsensusConflictAndIndifference() {
        CaseClassification cases = result.cases();
        int[] consensus = {0, 1, 7};
        int[] conflict = {3, 4, 5, 6, 8};
        for (int i : consensus) {
            assertThat(cases.caseOf(i)).as("item %d", i + 1).isEqualTo(ItemCase.CONSENSUS);
        }
        for (int i : conflict) {
            assertThat(cases.caseOf(i)).as("item %d", i + 1).isEqualTo(ItemCase.CONFLICT);
        }
        assertThat(cases.caseOf(2)).isEqualTo(ItemCase.INDIFFERENCE);
        assertThat(result.caseShares()).extracting(CaseShare::count).containsExactly(5, 3, 1);
    }

    @Test
    void arbitrarinessIsOneHalfWithTheTiedItemExcluded() {
        assertThat(a.arbitrariness().valid()).isEqualTo(2);
        assertThat(a.arbitrariness().against()).isEqualTo(1);
        assertThat(a.arbitrariness().value()).isEqualTo(0.5);
        assertThat(b.arbitrariness().value()).isEqualTo(0.5);
    }

    @Test
    void countsConflictsPerPrinciplePairAndSupremacy() {
        SupremacyMatrix s = a.supremacy();
        assertThat(s.conflicts(0, 1)).isEqualTo(3);
        assertThat(s.supremacy(0, 1)).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(s.conflicts(0, 2)).isEqualTo(2);
        assertThat(s.supremacy(0, 2)).isZero();
        assertThat(s.supremacy(2, 0)).isEqualTo(1);
        assertThat(s.conflicts(1, 2)).as("items 5: p2 and p3 agree, no pair").isEqualTo(1);
        assertThat(s.supremacy(1, 2)).isEqualTo(1);
        assertThat(s.supremacy(1, 1)).isNaN();
    }

    @Test
    void fitsTheCentredBradleyTerryWeightsRanksAndLoss() {
        PriorityFit fit = a.fit();
        assertThat(fit.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(fit.weights()).containsExactly(new double[] {-0.314012, -0.128284, 0.442296}, within(5e-7));
        assertThat(fit.loss()).isCloseTo(7.947036, within(5e-7));
        assertThat(a.ranks()).containsExactly(3, 2, 1);
    }

    @Test
    void adamWeightsOfTheAuthorsAreTheSameUpToAnOffset() {
        double[] adam = {-0.37712, -0.19140, 0.37918};
        double[] w = a.fit().weights();
        double[] replica = AuthorsAdamFit.fit(a.supremacy(), a.fit());
        for (int c = 0; c < 3; c++) {
            assertThat(w[c] - w[0]).isCloseTo(adam[c] - adam[0], within(1e-4));
            assertThat(replica[c]).as("our double-precision Adam replica").isCloseTo(adam[c], within(2e-4));
        }
    }

    @Test
    void mirroredAnnotatorHasMirroredSupremacyWeightsRanksAndFullDiscrepancy() {
        for (int c = 0; c < 3; c++) {
            for (int d = 0; d < 3; d++) {
                if (c != d) {
                    assertThat(b.supremacy().supremacy(c, d)).isCloseTo(1 - a.supremacy().supremacy(c, d),
                            within(1e-15));
                }
            }
            assertThat(b.fit().weight(c)).isCloseTo(-a.fit().weight(c), within(1e-12));
        }
        assertThat(b.ranks()).containsExactly(1, 2, 3);
        assertThat(result.discrepancy("a", "b").orElseThrow().value()).isEqualTo(1.0);
    }
}
