package org.latitude.agreement;

/** Values from NLTK AnnotationTask, as listed in {@code expected_values.csv}. */
class NltkReferenceValuesTest extends ReferenceImplementationTest {

    @Override
    String sourceType() {
        return "NLTK";
    }
}
