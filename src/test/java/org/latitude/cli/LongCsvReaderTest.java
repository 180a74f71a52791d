package org.latitude.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte-level reader: RFC 4180 quoting, line endings, BOM, chunk boundaries, line numbers of errors. */
class LongCsvReaderTest {

    @TempDir
    Path dir;

    private static final String TRICKY = "\uFEFFunit,coder,value\r\n"
            + "u1,a,safe\r\n"
            + "\"u,2\",\"b \"\"x\"\"\",unsafe\n"
            + "\n"
            + "\"u\n3\",a,safe\n"
            + "u1,b,unsafe";

    @Test
    void readsQuotedFieldsLineEndingsAndABom() throws IOException {
        LongCsvReader reader = read(TRICKY, LongCsvReader.CHUNK);
        assertThat(reader.size).isEqualTo(4);
        assertThat(reader.units.all()).containsExactly("u1", "u,2", "u\n3");
        assertThat(reader.coders.all()).containsExactly("a", "b \"x\"", "b");
        assertThat(reader.values.all()).containsExactly("safe", "unsafe");
        LongCsvReader.Source s = reader.sources.get(0);
        assertThat(s.lineOf(0)).isEqualTo(2);
        assertThat(s.lineOf(1)).isEqualTo(3);
        assertThat(s.lineOf(2)).isEqualTo(5);
        assertThat(s.lineOf(3)).isEqualTo(7);
    }

    @Test
    void anyChunkSizeGivesTheSameRatings() throws IOException {
        LongCsvReader whole = read(TRICKY, LongCsvReader.CHUNK);
        for (int chunk = 1; chunk < 40; chunk++) {
            LongCsvReader small = read(TRICKY, chunk);
            assertThat(small.size).isEqualTo(whole.size);
            assertThat(java.util.Arrays.copyOf(small.unit, small.size)).containsExactly(
                    java.util.Arrays.copyOf(whole.unit, whole.size));
            assertThat(small.units.all()).isEqualTo(whole.units.all());
            assertThat(small.sources.get(0).sha256()).isEqualTo(whole.sources.get(0).sha256());
        }
    }

    @Test
    void reportsMalformedLinesWithTheirNumber() {
        assertError("unit,coder\nu1,a\n", 1, "missing header");
        assertError("unit,coder,value\nu1,a,x\nu2,b\n", 3, "expected 3 fields, found 2");
        assertError("unit,coder,value\nu1,a,x,y\n", 2, "expected 3 fields, found 4");
        assertError("unit,coder,value\nu1,a,x\n\"u2,b,y\n", 3, "a quoted field is not closed");
        assertError("unit,coder,value\nu1,,x\n", 2, "empty coder id");
        assertError("unit,coder,value\nu1,a,\n", 2, "empty value");
        assertError("", 1, "header");
    }

    private void assertError(String content, long line, String message) {
        assertThatThrownBy(() -> read(content, LongCsvReader.CHUNK)).isInstanceOfSatisfying(CsvFormatException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    private LongCsvReader read(String content, int chunk) throws IOException {
        Path file = dir.resolve("ratings.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        LongCsvReader reader = new LongCsvReader(chunk);
        reader.read(file, false);
        return reader;
    }
}
