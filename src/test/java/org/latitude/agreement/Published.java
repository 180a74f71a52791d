package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Assertions against values published with a given number of decimals. */
final class Published {

    private Published() {
    }

    /** {@code actual} rounds to {@code published}: within half a unit of its last digit (docs/validation.md). */
    static void assertPublished(double actual, String published) {
        assertThat(actual).as("published " + published).isCloseTo(Double.parseDouble(published),
                within(ExpectedValues.halfUnit(published) + 1e-12));
    }

    static RatingTable table(String file) {
        return ReferenceTables.load(file);
    }
}
