package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reproduces, for one source type of {@code expected_values.csv} (a publication or an independent implementation),
 * every value it lists for the reference files, where its definition coincides with this engine's (the others are
 * listed as skipped with the reason, {@link MeasureCatalogue#exclusion}).
 */
abstract class ReferenceImplementationTest {

    /** The {@code source_type} column this test reproduces. */
    abstract String sourceType();

    @TestFactory
    Stream<DynamicTest> reproducesEveryListedValue() {
        List<ExpectedValues.Row> rows = ExpectedValues.rows().stream()
                .filter(r -> r.sourceType().equals(sourceType())).toList();
        assertThat(rows).as("rows of " + sourceType()).isNotEmpty();
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.file() + " " + r.measure() + " = " + r.value(), () -> {
            String excluded = MeasureCatalogue.exclusion(r.file(), r.measure(), r.sourceType());
            Assumptions.assumeTrue(excluded == null, excluded);
            double actual = MeasureCatalogue.compute(r.measure(), r.sourceType(), ReferenceTables.load(r.file()));
            assertThat(actual).as(r.toString()).isCloseTo(r.expected(), within(r.tolerance()));
        }));
    }
}
