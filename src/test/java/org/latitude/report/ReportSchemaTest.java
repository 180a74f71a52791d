package org.latitude.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema is strict enough to catch what it promises: reasons for nulls, coders as lists, the layout. */
class ReportSchemaTest {

    private static String report(Measure m) {
        Provenance p = new Provenance("analyze", "dev", "m", 1, Map.of(), List.of(new Provenance.Input("r.csv",
                "ratings", "r.csv", "long-csv", "a".repeat(64), 3, 0)));
        return Json.toJson(new ReportDocument(p).coder("a", ReportDocument.Kind.HUMAN, Map.of("ratings", 3L))
                .measures(List.of(m)).toJsonObject());
    }

    @Test
    void aWellFormedReportValidates() {
        assertThat(ReportSchema.violations(report(Measure.of("f", "alpha_nominal", 0.5, 3, null)
                .with("coders", List.of("a", "b"))))).isEmpty();
    }

    @Test
    void aNullIntervalOfABootstrappedMeasureNeedsItsReason() {
        Measure bootstrapped = Measure.of("f", "dd", 0.2, 9, null).with("replicates", 100);
        assertThat(ReportSchema.violations(report(bootstrapped))).isNotEmpty();
        assertThat(ReportSchema.violations(report(bootstrapped.with("ci_note", "interval undefined")))).isEmpty();
    }

    @Test
    void codersAsAStringIsRefused() {
        assertThat(ReportSchema.violations(report(Measure.of("f", "alpha", 0.5, 3, null)
                .with("coders", "humans+models")))).isNotEmpty();
    }
}
