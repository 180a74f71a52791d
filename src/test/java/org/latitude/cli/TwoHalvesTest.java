package org.latitude.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.latitude.textio.ByteSource;
import org.junit.jupiter.api.io.TempDir;

/** A large file read in two halves gives exactly what a sequential read gives, errors and line numbers included. */
class TwoHalvesTest {

    private static final int ROWS = 900_000;

    @TempDir
    Path dir;

    @Test
    void sameCodesOrderAndLineNumbersAsOneThread() throws IOException {
        Path file = write(ROWS / 2 + 10, "\n");
        LongCsvReader halves = new LongCsvReader();
        halves.read(file, false);
        LongCsvReader sequential = sequential(file);
        assertThat(halves.size).isEqualTo(sequential.size).isEqualTo(ROWS);
        assertThat(Arrays.copyOf(halves.unit, ROWS)).isEqualTo(Arrays.copyOf(sequential.unit, ROWS));
        assertThat(Arrays.copyOf(halves.coder, ROWS)).isEqualTo(Arrays.copyOf(sequential.coder, ROWS));
        assertThat(Arrays.copyOf(halves.value, ROWS)).isEqualTo(Arrays.copyOf(sequential.value, ROWS));
        assertThat(halves.units.all()).isEqualTo(sequential.units.all());
        assertThat(halves.values.all()).isEqualTo(sequential.values.all());
        LongCsvReader.Source s = halves.sources.get(0);
        assertThat(s.lineOf(0)).isEqualTo(2);
        assertThat(s.lineOf(ROWS / 2 + 9)).isEqualTo(ROWS / 2 + 11);
        assertThat(s.lineOf(ROWS / 2 + 10)).isEqualTo(ROWS / 2 + 13);
        assertThat(s.lineOf(ROWS - 1)).isEqualTo(ROWS + 2);
    }

    @Test
    void anErrorInTheSecondHalfCarriesItsLineInTheFile() throws IOException {
        Path file = write(ROWS - 5, "u0,c0\n");
        assertThatThrownBy(() -> new LongCsvReader().read(file, false))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(ROWS - 3));
    }

    @Test
    void aQuotedFieldFallsBackToOneThread() throws IOException {
        Path file = write(ROWS - 5, "\"u\nx\",c0,A\n");
        LongCsvReader reader = new LongCsvReader();
        reader.read(file, false);
        assertThat(reader.size).isEqualTo(ROWS + 1);
        assertThat(reader.units.all()).contains("u\nx");
        assertThat(reader.sources.get(0).lineOf(ROWS - 4)).isEqualTo(ROWS - 1);
    }

    /** ROWS ratings (7 coders per unit) with {@code extra} inserted before rating {@code at}. */
    private Path write(int at, String extra) throws IOException {
        StringBuilder csv = new StringBuilder("unit,coder,value\n");
        for (int i = 0; i < ROWS; i++) {
            if (i == at) {
                csv.append(extra);
            }
            csv.append("unit").append(i / 7).append(",c").append(i % 7).append(',').append("ABCD".charAt(i % 4))
                    .append('\n');
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(TwoHalves.THRESHOLD);
        return file;
    }

    private static LongCsvReader sequential(Path file) throws IOException {
        LongCsvReader reader = new LongCsvReader();
        try (FileChannel channel = FileChannel.open(file)) {
            reader.parse(ByteSource.range(channel, 0, channel.size()), file, true, channel.size(), 1, 0);
        }
        return reader;
    }
}
