package org.latitude.agreement;

/** Values from R package irrCAC (Gwet), 5 decimals, as listed in {@code expected_values.csv}. */
class RIrrCacReferenceValuesTest extends ReferenceImplementationTest {

    @Override
    String sourceType() {
        return "R-irrCAC";
    }
}
