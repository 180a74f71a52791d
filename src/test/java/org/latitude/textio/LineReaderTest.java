package org.latitude.textio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Physical lines with the same checks as the CSV reader. */
class LineReaderTest {

    private static List<String> read(byte[] bytes, ReadLimits limits) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader lines = LineReader.of(new ByteArrayInputStream(bytes), "t.jsonl", limits)) {
            while (lines.next()) {
                out.add(lines.fault() != null ? "!" + lines.fault().kind() + "@" + lines.fault().line() + ":"
                        + lines.fault().byteOffset() : lines.line() + ":" + lines.text());
            }
        }
        return out;
    }

    @Test
    void readsLinesWithoutTheirEndsSkippingAByteOrderMark() throws IOException {
        assertThat(read("\uFEFF{\"a\":1}\r\n\n{\"b\":2}".getBytes(StandardCharsets.UTF_8),
                new ReadLimits(100, 1000))).containsExactly("1:{\"a\":1}", "2:", "3:{\"b\":2}");
    }

    @Test
    void faultsAreLocatedAndReadingGoesOn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("ok\n" + "y".repeat(300) + "\nab").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("\nend\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(bytes.toByteArray(), new ReadLimits(50, 10_000))).containsExactly("1:ok",
                "!LINE_TOO_LONG@2:3", "!INVALID_UTF8@3:306", "4:end");
    }

    @Test
    void aGzipFileIsReadAsItsText() throws IOException {
        byte[] gz = CsvReaderTest.gzip("one\ntwo\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(gz, new ReadLimits(50, 10_000))).containsExactly("1:one", "2:two");
    }
}
