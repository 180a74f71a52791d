package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.dataset.internal.Scans.scan;

import org.junit.jupiter.api.Test;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;

class CsvImportTest {

    private static final ImportFormat CSV = ImportFormat.CSV;

    @Test
    void readsExchangesWithQuotedFieldsSpanningLinesExactly() {
        String csv = "id,prompt,response,source\r\n"
                + "a,Plain prompt,Plain response,demo\r\n"
                + "b,\"Two\r\nlines, and a \"\"quote\"\"\",\"x\ny\",demo\r\n"
                + "c,Prompt only,,demo\r\n";
        var out = scan(CSV, csv);

        assertThat(out.problems()).isEmpty();
        assertThat(out.items()).extracting(ParsedItem::externalId).containsExactly("a", "b", "c");
        assertThat(out.item(1).turns()).containsExactly(new Turn(TurnRole.USER, "Two\r\nlines, and a \"quote\""),
                new Turn(TurnRole.ASSISTANT, "x\ny"));
        assertThat(out.item(1).line()).isEqualTo(3);
        assertThat(out.item(2).line()).isEqualTo(6);
        assertThat(out.item(2).turns()).containsExactly(new Turn(TurnRole.USER, "Prompt only"));
        assertThat(out.item(0).metadata()).isEqualTo("{\"source\":\"demo\"}");
    }

    @Test
    void readsPairsByHeaderNamesInAnyOrderAndCase() {
        var out = scan(CSV, "Response_B,ID,prompt,response_a\nsecond,p1,Which is better?,first\n");

        assertThat(out.problems()).isEmpty();
        assertThat(out.item(0).kind()).isEqualTo(ItemKind.PAIR);
        assertThat(out.item(0).externalId()).isEqualTo("p1");
        assertThat(out.item(0).responseA()).isEqualTo("first");
        assertThat(out.item(0).responseB()).isEqualTo("second");
    }

    @Test
    void reportsBadRecordsWithTheLineTheyStartOn() {
        String csv = "id,prompt,response\n"
                + "1,fine,fine\n"
                + "2,too,many,fields\n"
                + "3,\"closed\"junk,r\n"
                + "4,half\"quoted,r\n"
                + "5,,r\n"
                + "1,duplicate,r\n";
        var out = scan(CSV, csv);

        assertThat(out.problems()).extracting(ImportProblem::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(out.problems()).extracting(ImportProblem::reason).containsExactly(
                "the record has 4 fields, the header has 3",
                "invalid CSV: text after the closing quote of field 2",
                "invalid CSV: a quote inside unquoted field 2 (quote the field and double the quote)",
                "empty content in 'prompt'",
                "duplicate id '1' (first used on line 2)");
    }

    @Test
    void anUnclosedQuoteEndsTheCheckAtTheRecordWhereItStarted() {
        var out = scan(CSV, "id,prompt,response\n1,ok,ok\n2,\"never closed,r\n3,x,y\n");

        assertThat(out.problems()).containsExactly(new ImportProblem(3, "a quoted field is not closed before the end "
                + "of the file; the rest of the file was not checked"));
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumns() {
        assertThat(scan(CSV, "id,text\n1,hello\n").problems().get(0).reason())
                .startsWith("header: the columns must include prompt,response (exchanges) or prompt,response_a,"
                        + "response_b (pairs), with an optional id");
        assertThat(scan(CSV, "id,prompt,prompt,response\n").problems().get(0).reason())
                .isEqualTo("header: the column 'prompt' appears twice");
        assertThat(scan(CSV, "id,prompt,response,response_a,response_b\n").problems()).hasSize(1);
    }
}
