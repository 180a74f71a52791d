package org.latitude.agreement;

/** Values from the Python package krippendorff, as listed in {@code expected_values.csv}. */
class FastKrippendorffReferenceValuesTest extends ReferenceImplementationTest {

    @Override
    String sourceType() {
        return "fast-krippendorff";
    }
}
