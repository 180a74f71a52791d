package org.latitude.agreement;

import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import org.junit.jupiter.api.Test;

/** Krippendorff (1980), <i>Content Analysis</i>, p.139: 3 coders × 9 units, nominal, with one-vs-rest α. */
class Krippendorff1980Test {

    private final RatingTable data = table("krippendorff1980_p139_3x9.csv");

    @Test
    void nominalAlphaAndObservedAgreement() {
        AlphaResult alpha = KrippendorffAlpha.nominal(data);
        assertPublished(alpha.value(), "0.642");
        assertPublished(1 - alpha.observedDisagreement(), "0.74");
    }

    @Test
    void oneVsRestAlphaPerCategory() {
        String[] published = {"0.381", "0.711", "0.717", "0.764"};
        for (int k = 0; k < published.length; k++) {
            assertPublished(KrippendorffAlpha.oneVsRest(data, k).value(), published[k]);
        }
    }
}
