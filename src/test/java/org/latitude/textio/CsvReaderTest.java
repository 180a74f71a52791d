package org.latitude.textio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The one CSV reader: RFC 4180 records, faults located by line and byte offset, limits, gzip. */
class CsvReaderTest {

    private static final ReadLimits LIMITS = new ReadLimits(1000, 1_000_000);

    /** Each record as its fields joined by '|', or "!" + the fault kind and line. */
    static List<String> read(byte[] bytes, ReadLimits limits, boolean trim, int chunk) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        CsvReader csv = CsvReader.of(ByteSource.of(TextInput.open(in)), "t.csv", limits, trim, chunk, 1, 0);
        List<String> out = new ArrayList<>();
        while (csv.next()) {
            if (csv.fault() != null) {
                out.add("!" + csv.fault().kind() + "@" + csv.fault().line() + ":" + csv.fault().byteOffset());
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < csv.fieldCount(); f++) {
                fields.add(csv.text(f));
            }
            out.add(csv.line() + ":" + String.join("|", fields));
        }
        return out;
    }

    static List<String> read(String text, boolean trim) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), LIMITS, trim, 1 << 16);
    }

    @Test
    void readsQuotedFieldsLineBreaksInsideThemAndEveryLineEnd() throws IOException {
        String text = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n\n1,,3\r4,5,6";
        assertThat(read(text, false)).containsExactly("1:a|b|c", "2:x, y|say \"hi\"|two\r\nlines", "5:1||3",
                "6:4|5|6");
    }

    @Test
    void everyChunkSizeGivesTheSameRecords() throws IOException {
        String text = "unit,coder,value\n\"u\n1\",c,\"v\"\"\"\nu2,  c , é \n\nu3,c,x\r\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> whole = read(bytes, LIMITS, true, 1 << 16);
        assertThat(whole).containsExactly("1:unit|coder|value", "2:u\n1|c|v\"", "4:u2|c|é", "6:u3|c|x");
        for (int chunk = 1; chunk < bytes.length + 2; chunk++) {
            assertThat(read(bytes, LIMITS, true, chunk)).as("chunk %d", chunk).isEqualTo(whole);
        }
    }

    @Test
    void trimmingRemovesSpacesAroundFieldsAndMakesSpaceOnlyLinesBlank() throws IOException {
        assertThat(read(" a , \" b \" ,c\t\n   \nd,e,f\n", true)).containsExactly("1:a|b|c", "3:d|e|f");
        assertThat(read(" a , b\n", false)).containsExactly("1: a | b");
    }

    @Test
    void invalidUtf8IsLocatedByLineAndByteOffsetAndTheNextRecordIsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a,b\nok,1\n\"x\ny\",caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\nlast,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(bytes.toByteArray(), LIMITS, false, 1 << 16)).containsExactly("1:a|b", "2:ok|1",
                "!INVALID_UTF8@4:18", "5:last|2");
    }

    @Test
    void overlongFormsSurrogatesAndTruncatedSequencesAreInvalid() {
        for (int[] bad : new int[][] {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
                {0xE2, 0x82}, {0x80}, {0xFF}}) {
            byte[] b = new byte[bad.length];
            for (int i = 0; i < bad.length; i++) {
                b[i] = (byte) bad[i];
            }
            assertThat(Utf8.firstInvalid(b, 0, b.length)).isZero();
        }
        byte[] good = "aé€𝄞".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstInvalid(good, 0, good.length)).isEqualTo(-1);
    }

    @Test
    void aTooLongLineIsSkippedButInsideQuotesItEndsTheRead() throws IOException {
        ReadLimits small = new ReadLimits(10, 1_000_000);
        byte[] lines = ("a,b\n" + "x".repeat(500) + "\nc,d\n").getBytes(StandardCharsets.UTF_8);
        assertThat(read(lines, small, false, 16)).containsExactly("1:a|b", "!LINE_TOO_LONG@2:4", "3:c|d");
        byte[] quoted = ("a,b\n\"" + "x".repeat(500) + "\"\nc,d\n").getBytes(StandardCharsets.UTF_8);
        assertThat(read(quoted, small, false, 16)).containsExactly("1:a|b", "!RECORD_TOO_LONG@2:4");
    }

    @Test
    void csvProblemsAreNamedWithTheirField() throws IOException {
        assertThat(read("a,\"b\"x,c\nd,e\"f\n\"open,g\n", false)).containsExactly("!TEXT_AFTER_QUOTE@1:0",
                "!QUOTE_IN_UNQUOTED_FIELD@2:9", "!UNTERMINATED_QUOTE@3:15");
    }

    @Test
    void readingStopsAtTheInputLimitWithoutTheCutRecord() throws IOException {
        byte[] text = "a,b\nc,d\ne,f\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(text, new ReadLimits(100, 9), false, 4)).containsExactly("1:a|b", "2:c|d",
                "!INPUT_TOO_LARGE@2:9");
    }

    @Test
    void gzipIsReadTransparentlyWithTheLimitsOnTheDecompressedBytes() throws IOException {
        byte[] text = "a,b\nc,d\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(gzip(text), LIMITS, false, 1 << 16)).containsExactly("1:a|b", "2:c|d");
        assertThat(read(gzip(text), new ReadLimits(100, 5), false, 1 << 16)).containsExactly("1:a|b",
                "!INPUT_TOO_LARGE@1:5");
    }

    @Test
    void aGzipBombIsRefusedLongBeforeItExpands() throws IOException {
        byte[] line = "u,c,v\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
            for (int i = 0; i < 2_000_000; i++) {
                gz.write(line);
            }
        }
        List<String> out = read(raw.toByteArray(), new ReadLimits(100, Long.MAX_VALUE), false, 1 << 16);
        assertThat(out.getLast()).startsWith("!GZIP_BOMB");
        assertThat(out.size()).isLessThan(2_000_000);
    }

    @Test
    void aCorruptGzipStreamIsAFaultNotAStackTrace() throws IOException {
        byte[] bad = gzip("a,b\nc,d\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(bad, bad.length / 2);
        assertThat(read(cut, LIMITS, false, 1 << 16).getLast()).startsWith("!BAD_GZIP");
    }

    @Test
    void excerptsCutLongTextToTwoHundredCharacters() {
        assertThat(Excerpt.of("short")).isEqualTo("short");
        String cut = Excerpt.of("x".repeat(200_000));
        assertThat(cut).startsWith("x".repeat(200)).endsWith("(199800 more characters)").hasSizeLessThan(240);
    }

    static byte[] gzip(byte[] text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text);
        }
        return out.toByteArray();
    }
}
