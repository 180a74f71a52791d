package org.latitude.agreement;

/** Values from DKPro Agreement 2.2.0, as listed in {@code expected_values.csv}. */
class Dkpro220ReferenceValuesTest extends ReferenceImplementationTest {

    @Override
    String sourceType() {
        return "DKPro-2.2.0";
    }
}
