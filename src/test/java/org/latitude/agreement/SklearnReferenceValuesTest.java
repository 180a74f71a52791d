package org.latitude.agreement;

/** Values from scikit-learn cohen_kappa_score, as listed in {@code expected_values.csv}. */
class SklearnReferenceValuesTest extends ReferenceImplementationTest {

    @Override
    String sourceType() {
        return "sklearn";
    }
}
