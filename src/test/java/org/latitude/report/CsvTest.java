package org.latitude.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("+cmd")).isEqualTo("'+cmd");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\tx")).isEqualTo("'\tx");
        assertThat(Csv.field("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.field("-inf: lost every conflict")).isEqualTo("'-inf: lost every conflict");
    }

    @Test
    void numbersStayNumbersNegativeOnesIncluded() {
        assertThat(Csv.field(-0.35)).isEqualTo("-0.35");
        assertThat(Csv.field(-3L)).isEqualTo("-3");
        assertThat(Csv.field("-5")).isEqualTo("-5");
        assertThat(Csv.field("+1")).isEqualTo("+1");
        assertThat(Csv.field("-2.5e-3")).isEqualTo("-2.5e-3");
        assertThat(Csv.field(Double.NaN)).isEmpty();
        assertThat(Csv.field(Double.POSITIVE_INFINITY)).isEmpty();
    }

    @Test
    void rfc4180QuotingOfCommasQuotesAndLineBreaks() {
        assertThat(Csv.line(Arrays.asList("a,b", "say \"hi\"", "two\nlines", null, "plain")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,plain\n");
        assertThat(Csv.line(List.of("safe", "x=1"))).isEqualTo("safe,x=1\n");
    }
}
