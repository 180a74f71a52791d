package org.latitude.agreement;

import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import org.junit.jupiter.api.Test;

/** Krippendorff (2004), <i>Content Analysis</i>, 2nd ed.: the worked examples of pp.224, 227 and 246. */
class Krippendorff2004Test {

    @Test
    void binaryExampleOnPage224() {
        AlphaResult alpha = KrippendorffAlpha.nominal(table("krippendorff2004_p224_binary.csv"));
        assertPublished(alpha.value(), "0.095");
        assertPublished(alpha.observedDisagreement(), "0.400");
        assertPublished(alpha.expectedDisagreement(), "0.442");
    }

    @Test
    void nominalExampleOnPage227() {
        AlphaResult alpha = KrippendorffAlpha.nominal(table("krippendorff2004_p227_nominal.csv"));
        assertPublished(alpha.value(), "0.734");
        assertPublished(alpha.observedDisagreement(), "0.1667");
        assertPublished(alpha.expectedDisagreement(), "0.6268");
    }

    @Test
    void sameObservedAgreementDifferentMarginalsOnPage246() {
        for (String file : new String[] {"krippendorff2004_p246_a.csv", "krippendorff2004_p246_b.csv"}) {
            MultiRaterResult r = MultiRaterAgreement.compute(table(file));
            assertPublished(r.percentAgreement(), "0.46");
            assertPublished(r.bennettS().value(), "0.19");
            assertPublished(r.fleissKappa().value(), "0.186");
        }
        assertPublished(CoderPairs.compute(table("krippendorff2004_p246_a.csv")).pairs().get(0).cohenKappa().value(),
                "0.186");
        assertPublished(CoderPairs.compute(table("krippendorff2004_p246_b.csv")).pairs().get(0).cohenKappa().value(),
                "0.258");
    }
}
