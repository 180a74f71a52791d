package org.latitude.agreement;

/** Values from the reference set's own recomputations (percent agreement definitions), as listed in {@code expected_values.csv}. */
class OwnRecomputationReferenceValuesTest extends ReferenceImplementationTest {

    @Override
    String sourceType() {
        return "own";
    }
}
