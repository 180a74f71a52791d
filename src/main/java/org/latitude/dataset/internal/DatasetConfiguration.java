package org.latitude.dataset.internal;

import org.latitude.dataset.ImportLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import limits from {@code latitude.import.*} (defaults in {@link ImportLimits}). */
@Configuration
class DatasetConfiguration {

    @Bean
    ImportLimits importLimits(@Value("${latitude.import.max-line-bytes:" + ImportLimits.DEFAULT_MAX_LINE_BYTES + "}")
                              long maxLineBytes,
                              @Value("${latitude.import.max-file-bytes:" + ImportLimits.DEFAULT_MAX_FILE_BYTES + "}")
                              long maxFileBytes,
                              @Value("${latitude.import.max-items:" + ImportLimits.DEFAULT_MAX_ITEMS + "}")
                              long maxItems) {
        return new ImportLimits(maxLineBytes, maxFileBytes, maxItems);
    }
}
