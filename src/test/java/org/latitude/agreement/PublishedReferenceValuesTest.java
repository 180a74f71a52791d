package org.latitude.agreement;

/** Values from every value published in the literature listed for the reference files, as listed in {@code expected_values.csv}. */
class PublishedReferenceValuesTest extends ReferenceImplementationTest {

    @Override
    String sourceType() {
        return "published";
    }
}
