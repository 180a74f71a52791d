package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gwet (2014), <i>Handbook of Inter-Rater Reliability</i>, 4th ed., and the irrCAC README: the
 * {@code cont3x3abstractors} table and {@code cac.raw4raters} (= Krippendorff's 4 × 12 data), plus the prevalence
 * paradox (Feinstein & Cicchetti 1990) and the declared q of docs/methods.md.
 */
class Gwet2014Test {

    @Test
    void threeByThreeAbstractorsTable() {
        RatingTable data = table("gwet_cont3x3abstractors.csv");
        MultiRaterResult r = MultiRaterAgreement.compute(data);
        CoderPair pair = CoderPairs.compute(data).pairs().get(0);
        assertPublished(pair.cohenKappa().value(), "0.7964094");
        assertPublished(pair.scottPi().value(), "0.7962397");
        assertPublished(r.fleissKappa().value(), "0.7962397");
        assertPublished(r.gwetAc().value(), "0.8493305");
        assertPublished(r.gwetAc().chance(), "0.269925");
        assertPublished(r.bennettS().value(), "0.835");
        assertPublished(KrippendorffAlpha.nominal(data).value(), "0.7972585");
        assertPublished(r.percentAgreement(), "0.89");
    }

    @Test
    void irrCacReadmeOnFourRatersWithMissingRatings() {
        MultiRaterResult r = MultiRaterAgreement.compute(table("krippendorff_4x12_missing.csv"));
        assertPublished(r.percentAgreement(), "0.8181818");
        assertPublished(r.gwetAc().value(), "0.77544");
        assertPublished(r.fleissKappa().value(), "0.76117");
        assertPublished(r.congerKappa().value(), "0.76282");
        assertPublished(r.bennettS().value(), "0.77273");
    }

    /** Coder A always says safe, coder B 95 × safe and 5 × unsafe: high p_o, κ = 0, AC1 high (pitfall 4). */
    @Test
    void prevalenceParadoxAndDeclaredCategoryCount() {
        RatingTable twoLevels = skewed(List.of("safe", "unsafe"));
        RatingTable threeLevels = skewed(List.of("safe", "needs_caution", "unsafe"));
        MultiRaterResult q2 = MultiRaterAgreement.compute(twoLevels);
        MultiRaterResult q3 = MultiRaterAgreement.compute(threeLevels);
        assertPublished(q2.percentAgreement(), "0.95");
        assertThat(CoderPairs.compute(twoLevels).pairs().get(0).cohenKappa().value()).isZero();
        assertPublished(KrippendorffAlpha.nominal(twoLevels).value(), "-0.021");
        assertPublished(q2.gwetAc().value(), "0.94744");
        assertPublished(q3.gwetAc().value(), "0.94875");
        assertPublished(q2.bennettS().value(), "0.90");
        assertPublished(q3.bennettS().value(), "0.925");
    }

    private static RatingTable skewed(List<String> labels) {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(labels));
        for (int u = 0; u < 100; u++) {
            b.add("u" + u, "A", "safe").add("u" + u, "B", u < 95 ? "safe" : "unsafe");
        }
        return b.build();
    }
}
