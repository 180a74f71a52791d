package org.latitude.agreement;

import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import org.junit.jupiter.api.Test;

/** Cohen (1960), "A coefficient of agreement for nominal scales": the tables of pp.37 and 45. */
class Cohen1960Test {

    @Test
    void tableOnPage45() {
        CoderPair pair = CoderPairs.compute(table("cohen1960_p45.csv")).pairs().get(0);
        assertPublished(pair.percentAgreement(), "0.70");
        assertPublished(pair.cohenKappa().chance(), "0.41");
        assertPublished(pair.cohenKappa().value(), "0.492");
    }

    @Test
    void tableOnPage37() {
        CoderPair pair = CoderPairs.compute(table("cohen1960_p37.csv")).pairs().get(0);
        assertPublished(pair.percentAgreement(), "0.29");
        assertPublished(pair.cohenKappa().chance(), "0.35");
    }
}
