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

    @Test
    void recognisesThePublicSourcePresetsFromTheirLayout() {
        assertThat(detect("{\"prompt\": \"p\", \"S\": 0, \"H\": 1}\n", "samples-1680.jsonl"))
                .isEqualTo(ImportFormat.OPENAI_MODERATION_JSONL);
        assertThat(detect("{\"prompt\": \"p\", \"S3\": 0}\n", null)).isEqualTo(ImportFormat.OPENAI_MODERATION_JSONL);
        assertThat(detect("{\"prompt\": \"p\", \"response\": \"r\", \"S\": 0}\n", null))
                .as("a row with a response is not the moderation samples").isEqualTo(ImportFormat.GENERIC_JSONL);
        String header = "release_prompt_id,prompt_text,hazard,persona,locale,prompt_hash\n";
        assertThat(detect(header + "a,p,vcr,skilled,en_US,h\n", "prompts.csv")).isEqualTo(ImportFormat.AILUMINATE_CSV);
        assertThat(detect(header, "upload")).isEqualTo(ImportFormat.AILUMINATE_CSV);
        assertThat(detect("id,prompt,hazard\n", "x.csv")).isEqualTo(ImportFormat.CSV);
    }
}
