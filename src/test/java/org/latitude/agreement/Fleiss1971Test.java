package org.latitude.agreement;

import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import org.junit.jupiter.api.Test;

/** Fleiss (1971), "Measuring nominal scale agreement among many raters": 30 patients × 6 psychiatrists. */
class Fleiss1971Test {

    private final RatingTable data = table("fleiss1971_30x6.csv");

    @Test
    void kappaAndObservedAgreement() {
        MultiRaterResult r = MultiRaterAgreement.compute(data);
        assertPublished(r.fleissKappa().value(), "0.430");
        assertPublished(r.percentAgreement(), "0.5556");
    }

    /** Category-specific κ_j as printed by R irr {@code kappam.fleiss(detail = TRUE)} (3 decimals). */
    @Test
    void categorySpecificKappas() {
        Coefficient[] kappas = MultiRaterAgreement.categoryKappas(data);
        String[] published = {"0.245", "0.245", "0.520", "0.471", "0.566"};
        for (int j = 0; j < published.length; j++) {
            assertPublished(kappas[j].value(), published[j]);
        }
    }
}
