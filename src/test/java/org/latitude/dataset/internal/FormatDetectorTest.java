package org.latitude.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportSource;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector(ImportLimits.defaults(),
            JsonRows.mapper(ImportLimits.defaults()));

    private ImportFormat detect(String text, String fileName) {
        return detector.detect(ImportSource.of(text.getBytes(StandardCharsets.UTF_8)), fileName);
    }

    @Test
    void recognisesEachFormatFromItsFirstRow() {
        assertThat(detect("\n[{\"id\": 1}]", "x.json")).isEqualTo(ImportFormat.AEGIS_JSON);
        assertThat(detect("{\"chosen\": \"c\", \"rejected\": \"r\"}", "x.jsonl")).isEqualTo(ImportFormat.HH_RLHF_JSONL);
        assertThat(detect("{\"prompt\": \"p\", \"response_0\": \"a\", \"response_1\": \"b\"}", null))
                .isEqualTo(ImportFormat.PKU_SAFERLHF_JSONL);
        assertThat(detect("{\"id\": \"1\", \"prompt\": \"p\", \"prompt_label\": \"safe\"}", null))
                .isEqualTo(ImportFormat.AEGIS_JSONL);
        assertThat(detect("{\"id\": \"1\", \"messages\": []}", null)).isEqualTo(ImportFormat.GENERIC_JSONL);
        assertThat(detect("id,prompt,response\n1,p,r\n", "data.txt")).isEqualTo(ImportFormat.CSV);
        assertThat(detect("{\"id\": \"1\"}", "data.CSV")).isEqualTo(ImportFormat.CSV);
    }
}
