package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.latitude.agreement.Published.assertPublished;
import static org.latitude.agreement.Published.table;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hayes &amp; Krippendorff (2007), Table 1: 5 observers × 40 units, ordinal 0–3, and its bootstrap. The interval
 * bounds are those of an independent numpy run of the same algorithm (seed 1); another generator gives other draws, so they are
 * matched to the Monte-Carlo error of 10,000 (resp. 2,000) replicates.
 */
class HayesKrippendorff2007Test {

    private final RatingTable data = table("hayes_krippendorff2007_5x40.csv");

    @Test
    void ordinalAlphaOn239Pairs() {
        HayesKrippendorffResult r = HayesKrippendorffBootstrap.run(data, Level.ORDINAL, 10, 1, 0.95);
        assertPublished(r.alpha().value(), "0.7598");
        assertThat(r.draws()).isEqualTo(239);
    }

    @Test
    void krippendorffsBootstrapMatchesKalpha() {
        HayesKrippendorffResult r = HayesKrippendorffBootstrap.run(data, Level.ORDINAL, 10_000, 1, 0.95);
        assertThat(r.interval().low()).isCloseTo(0.7079, within(0.006));
        assertThat(r.interval().high()).isCloseTo(0.8075, within(0.006));
        assertThat(r.probabilityBelow0667()).isCloseTo(0.0012, within(0.002));
        assertThat(r.probabilityBelow0800()).isCloseTo(0.947, within(0.01));
    }

    @Test
    void unitBootstrapIsWiderThanKalpha() {
        UnitBootstrap bootstrap = new UnitBootstrap(2_000, 1, 0.95, false);
        ConfidenceInterval ci = bootstrap.intervals(data,
                List.<UnitBootstrap.Statistic>of(w -> new double[] {KrippendorffAlpha.ordinal(data, w).value()}))
                .get(0)[0];
        assertThat(ci.low()).isCloseTo(0.6218, within(0.015));
        assertThat(ci.high()).isCloseTo(0.8445, within(0.015));
        assertThat(ci.mean()).isCloseTo(0.7487, within(0.006));
    }
}
