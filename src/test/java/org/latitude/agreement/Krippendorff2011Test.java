package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import org.junit.jupiter.api.Test;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", and Krippendorff (2004) p.230: the canonical
 * reliability data, 4 coders × 12 units, values 1–5, with missing ratings ({@code krippendorff_4x12_missing.csv}).
 */
class Krippendorff2011Test {

    private final RatingTable data = table("krippendorff_4x12_missing.csv");

    @Test
    void reproducesAlphaAtEveryLevel() {
        assertPublished(KrippendorffAlpha.nominal(data).value(), "0.743");
        assertPublished(KrippendorffAlpha.ordinal(data).value(), "0.815");
        assertPublished(KrippendorffAlpha.interval(data).value(), "0.849");
        assertPublished(KrippendorffAlpha.ratio(data).value(), "0.797");
    }

    @Test
    void dropsTheUnitWithASingleRating() {
        AlphaResult alpha = KrippendorffAlpha.nominal(data);
        assertThat(alpha.pairableUnits()).isEqualTo(11);
        assertThat(alpha.pairableValues()).isEqualTo(40.0);
    }

    @Test
    void reportsTheThreePercentAgreementDefinitionsOfTheSpec() {
        assertPublished(MultiRaterAgreement.percentAgreement(data), "0.81818");
        assertPublished(MultiRaterAgreement.compute(data).pooledPairAgreement(), "0.78182");
        assertPublished(1 - KrippendorffAlpha.nominal(data).observedDisagreement(), "0.80000");
    }
}
