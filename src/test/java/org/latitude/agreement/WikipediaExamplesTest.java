package org.latitude.agreement;

import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import org.junit.jupiter.api.Test;

/** The worked examples of the Wikipedia articles "Krippendorff's alpha", "Fleiss' kappa" and "Cohen's kappa". */
class WikipediaExamplesTest {

    @Test
    void krippendorffsAlphaComputationalExample() {
        RatingTable data = table("wikipedia_kalpha_3x15.csv");
        assertPublished(KrippendorffAlpha.nominal(data).value(), "0.691");
        assertPublished(KrippendorffAlpha.interval(data).value(), "0.811");
    }

    @Test
    void fleissKappaWorkedExample() {
        MultiRaterResult r = MultiRaterAgreement.compute(table("wikipedia_fleiss_10x14.csv"));
        assertPublished(r.fleissKappa().value(), "0.210");
        assertPublished(r.percentAgreement(), "0.378");
        assertPublished(r.fleissKappa().chance(), "0.213");
    }

    @Test
    void cohensKappaSimpleExampleAndMarginalEffect() {
        assertPublished(kappa("wikipedia_cohen_50.csv"), "0.4");
        assertPublished(kappa("wikipedia_cohen_paradox_a.csv"), "0.1304");
        assertPublished(kappa("wikipedia_cohen_paradox_b.csv"), "0.2593");
    }

    private static double kappa(String file) {
        return CoderPairs.compute(table(file)).pairs().get(0).cohenKappa().value();
    }
}
