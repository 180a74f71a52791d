package org.latitude.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's CSV rows go through textio's writer: RFC 4180, CRLF, text neutralised, computed numbers as numbers. */
class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(Csv.line(List.of("=HYPERLINK(\"http://x\")", "+cmd", "@SUM(A1)", "-5", "-inf: lost")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+cmd,'@SUM(A1),'-5,'-inf: lost\r\n");
    }

    @Test
    void numbersTheReportComputedStayNumbersAndUndefinedIsEmpty() {
        assertThat(Csv.line(Arrays.asList(-0.35, -3L, 7, Double.NaN, Double.POSITIVE_INFINITY, null)))
                .isEqualTo("-0.35,-3,7,,,\r\n");
    }

    @Test
    void rfc4180QuotingOfCommasQuotesAndLineBreaks() {
        assertThat(Csv.line(List.of("a,b", "say \"hi\"", "two\nlines", "plain", "x=1")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain,x=1\r\n");
    }
}
