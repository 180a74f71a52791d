package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.dataset.ImportFormat.CSV;
import static org.latitude.dataset.ImportFormat.HH_RLHF_JSONL;
import static org.latitude.dataset.internal.Scans.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportSource;
import tools.jackson.databind.json.JsonMapper;

/** Gzip files (public corpora such as HH-RLHF ship that way) import as their text, limits on the decompressed bytes. */
class GzipImportTest {

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aGzipJsonLinesFileImportsAndIsDetectedByItsContent() throws IOException {
        String text = "{\"chosen\": \"\\n\\nHuman: hi\\n\\nAssistant: hello\", \"rejected\": \"\\n\\nHuman: hi\\n\\n"
                + "Assistant: go away\"}\n";
        byte[] gz = gzip(text);
        var detector = new FormatDetector(ImportLimits.defaults(), JsonMapper.builder().build());
        assertThat(detector.detect(ImportSource.of(gz), "train.jsonl.gz")).isEqualTo(HH_RLHF_JSONL);
        var out = scan(HH_RLHF_JSONL, gz, ImportLimits.defaults());
        assertThat(out.problems()).isEmpty();
        assertThat(out.items()).hasSize(1);
        assertThat(scan(CSV, gzip("id,prompt,response\n1,p,r\n"), ImportLimits.defaults()).items()).hasSize(1);
        assertThat(detector.detect(ImportSource.of(gz), "x.csv.gz")).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void theFileLimitCountsDecompressedBytesSoABombIsRefused() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            lines.append("{\"id\": \"").append(i).append("\", \"prompt\": \"p\"}\n");
        }
        var limited = scan(ImportFormat.GENERIC_JSONL, gzip(lines.toString()), new ImportLimits(1000, 5000, 10_000));
        assertThat(limited.problems()).hasSize(1);
        assertThat(limited.problems().getFirst().reason()).contains("larger than 5000 bytes", "max-file-bytes");
        var bomb = scan(ImportFormat.GENERIC_JSONL, gzip("\n".repeat(50_000_000)), ImportLimits.defaults());
        assertThat(bomb.problems().getFirst().reason()).contains("decompression bomb");
    }
}
