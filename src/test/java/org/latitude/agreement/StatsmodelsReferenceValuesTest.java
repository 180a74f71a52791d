package org.latitude.agreement;

/** Values from statsmodels inter_rater, as listed in {@code expected_values.csv}. */
class StatsmodelsReferenceValuesTest extends ReferenceImplementationTest {

    @Override
    String sourceType() {
        return "statsmodels";
    }
}
