package org.latitude.agreement;

/** Values from R package irr (kripp.alpha, kappa2, kappam.fleiss), as listed in {@code expected_values.csv}. */
class RIrrReferenceValuesTest extends ReferenceImplementationTest {

    @Override
    String sourceType() {
        return "R-irr";
    }
}
