package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import org.junit.jupiter.api.Test;

/** Artstein &amp; Poesio (2008), "Inter-coder agreement for computational linguistics", pp.558 and 568. */
class ArtsteinPoesio2008Test {

    @Test
    void twoByTwoExampleOnPage558() {
        RatingTable data = table("artstein_poesio2008_p558.csv");
        MultiRaterResult r = MultiRaterAgreement.compute(data);
        assertPublished(r.percentAgreement(), "0.7");
        assertPublished(r.bennettS().value(), "0.4");
        assertPublished(r.fleissKappa().value(), "0.341");
        assertPublished(CoderPairs.compute(data).pairs().get(0).cohenKappa().value(), "0.348");
    }

    @Test
    void threeCategoryExampleOnPage568() {
        RatingTable data = table("artstein_poesio2008_p568.csv");
        CoderPair pair = CoderPairs.compute(data).pairs().get(0);
        assertPublished(pair.percentAgreement(), "0.88");
        assertPublished(MultiRaterAgreement.compute(data).bennettS().value(), "0.82");
        assertPublished(pair.scottPi().value(), "0.7995");
        assertPublished(pair.cohenKappa().value(), "0.8013");
        assertPublished(KrippendorffAlpha.nominal(data).value(), "0.8");
    }

    @Test
    void weightedWithCheckHalfWayOnPage568() {
        RatingTable data = table("artstein_poesio2008_p568.csv");
        double[][] delta = MeasureCatalogue.checkHalfway(data);
        assertPublished(KrippendorffAlpha.withDistances(data, delta, "chck").value(), "0.8156");
        assertPublished(CoderPairs.compute(data, delta).pairs().get(0).weightedKappa().value(), "0.8163");
    }

    /** Two coders, complete data: α = 1 − ((2N − 1)/(2N))(1 − π) exactly (p.568). */
    @Test
    void alphaFollowsFromPiForTwoCodersWithoutMissingData() {
        RatingTable data = table("artstein_poesio2008_p568.csv");
        double pi = CoderPairs.compute(data).pairs().get(0).scottPi().value();
        int n = data.unitCount();
        assertThat(KrippendorffAlpha.nominal(data).value()).isCloseTo(1 - (2.0 * n - 1) / (2.0 * n) * (1 - pi),
                within(1e-12));
    }
}
